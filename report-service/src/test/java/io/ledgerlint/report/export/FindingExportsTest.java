package io.ledgerlint.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.DocumentFinding;
import io.ledgerlint.report.persistence.DocumentSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class FindingExportsTest {

    static final List<DocumentFinding> FINDINGS = List.of(
            new DocumentFinding("aaaa", new Finding("T06-CLASS-SUM", "error", "high", "基本支出合计与明细之和不符",
                    List.of(Location.cell("06", "301", "决算数", 12, null)), "177.55", "177.5", "3010101+3010102")),
            new DocumentFinding("aaaa", new Finding("NAR-T01-TOTAL", "warning", "medium", "说明与表格不一致, \"引号\"",
                    List.of(Location.cell("01", "合计", "决算数", 3, null),
                            Location.text("一、收入支出决算总体情况说明", "收入总计387.79万元", 5)),
                    "387.79", "387.7", null)),
            new DocumentFinding("bbbb", new Finding("DOC-UNIT", "info", null, "单位为万元", List.of(), null, null,
                    null)));

    @Test
    void csvHasBomHeaderAndOneRowPerFindingWithLocationsFlattened() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FindingsCsv.write(FINDINGS, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(text)) {
            List<List<String>> all = rows.readAll();
            assertThat(all.get(0)).isEqualTo(FindingColumns.HEADERS);
            assertThat(all).hasSize(4);
            assertThat(all.get(1)).containsExactly("aaaa", "T06-CLASS-SUM", "error", "high", "基本支出合计与明细之和不符",
                    "06", "", "301", "决算数", "", "12", "177.55", "177.5", "3010101+3010102");
            List<String> twoLocations = all.get(2);
            assertThat(twoLocations.get(4)).isEqualTo("说明与表格不一致, \"引号\"");
            assertThat(twoLocations.get(5)).isEqualTo("01 | ");
            assertThat(twoLocations.get(6)).isEqualTo(" | 一、收入支出决算总体情况说明");
            assertThat(twoLocations.get(10)).isEqualTo("3 | 5");
            assertThat(all.get(3).subList(5, 11)).containsOnly("");
        }
    }

    @Test
    void batchWorkbookHasDocumentsAndFindingsSheets() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.batch(List.of(
                new DocumentSummary("aaaa", "北京市某某局2023年度部门决算.pdf", DocumentStatus.VALIDATED, Instant.EPOCH,
                        new FindingCounts(1, 1, 0), "北京市某某局", 2023, null),
                new DocumentSummary("cccc", "x.txt", DocumentStatus.REJECTED, Instant.EPOCH, FindingCounts.NONE, null,
                        null, "not-pdf: the file does not start with %PDF-")),
                FINDINGS, out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).containsExactly("documents", "findings");

            List<Row> documents = workbook.getSheets().toList().get(0).read();
            assertThat(texts(documents.get(0))).isEqualTo(Workbooks.DOCUMENT_HEADERS);
            assertThat(texts(documents.get(1))).containsExactly("aaaa", "北京市某某局2023年度部门决算.pdf", "北京市某某局",
                    "2023", "VALIDATED", "", "1", "1", "0");
            assertThat(documents.get(2).getCellText(5)).isEqualTo("not-pdf: the file does not start with %PDF-");

            List<Row> findings = workbook.getSheets().toList().get(1).read();
            assertThat(texts(findings.get(0))).isEqualTo(FindingColumns.HEADERS);
            assertThat(findings).hasSize(4);
            assertThat(findings.get(1).getCellText(4)).isEqualTo("基本支出合计与明细之和不符");
            assertThat(findings.get(1).getCellAsNumber(10)).hasValueSatisfying(page -> assertThat(page).isEqualByComparingTo("12"));
            assertThat(findings.get(3).getCellText(0)).isEqualTo("bbbb");
        }
    }

    static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }

    @Test
    void downloadNamesKeepTheChineseNameAndOfferAnAsciiFallback() {
        String name = ContentDisposition.exportName("北京市某某局2023年度部门决算.pdf", "aaaa", "findings.csv");
        assertThat(name).isEqualTo("北京市某某局2023年度部门决算-findings.csv");
        assertThat(ContentDisposition.attachment(name, "aaaa-findings.csv")).isEqualTo(
                "attachment; filename=\"aaaa-findings.csv\"; filename*=UTF-8''"
                        + "%E5%8C%97%E4%BA%AC%E5%B8%82%E6%9F%90%E6%9F%90%E5%B1%802023%E5%B9%B4%E5%BA%A6%E9%83%A8"
                        + "%E9%97%A8%E5%86%B3%E7%AE%97-findings.csv");
        assertThat(ContentDisposition.exportName(null, "aaaa", "report.pdf")).isEqualTo("aaaa-report.pdf");
    }
}
