package io.ledgerlint.report.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.ledgerlint.report.persistence.DocumentFinding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Findings as CSV (RFC 4180, header row), UTF-8 with a byte order mark so that Excel shows the Chinese text. */
public final class FindingsCsv {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumns(FindingColumns.HEADERS, CsvSchema.ColumnType.STRING)
            .setUseHeader(true)
            .build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private FindingsCsv() {
    }

    public static void write(List<DocumentFinding> findings, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        // The caller owns the stream: flush, don't close.
        SequenceWriter rows = MAPPER.writer(SCHEMA).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(writer);
        for (DocumentFinding row : findings) {
            rows.write(FindingColumns.cells(row.documentId(), row.finding()));
        }
        rows.flush();
    }
}
