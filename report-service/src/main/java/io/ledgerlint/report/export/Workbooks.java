package io.ledgerlint.report.export;

import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.DocumentFinding;
import io.ledgerlint.report.persistence.DocumentSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** XLSX exports: the findings of one document, or the whole batch (sheets "documents" and "findings"). */
public final class Workbooks {

    public static final String DOCUMENTS_SHEET = "documents";
    public static final String FINDINGS_SHEET = "findings";
    public static final List<String> DOCUMENT_HEADERS = List.of("documentId", "filename", "department", "year",
            "status", "error", "errors", "warnings", "infos");

    private static final String APPLICATION = "ledgerlint";
    private static final String VERSION = "1.0";

    private Workbooks() {
    }

    public static void findings(List<DocumentFinding> findings, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, VERSION);
        writeFindings(workbook.newWorksheet(FINDINGS_SHEET), findings);
        workbook.finish();
    }

    public static void batch(List<DocumentSummary> documents, List<DocumentFinding> findings, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, VERSION);
        Worksheet sheet = workbook.newWorksheet(DOCUMENTS_SHEET);
        writeHeader(sheet, DOCUMENT_HEADERS);
        int row = 1;
        for (DocumentSummary document : documents) {
            FindingCounts counts = document.findingCounts();
            writeRow(sheet, row++, Arrays.asList(document.documentId(), document.filename(), document.department(),
                    document.year(), document.status().name(), document.error(), counts.error(), counts.warning(),
                    counts.info()));
        }
        writeFindings(workbook.newWorksheet(FINDINGS_SHEET), findings);
        workbook.finish();
    }

    private static void writeFindings(Worksheet sheet, List<DocumentFinding> findings) {
        writeHeader(sheet, FindingColumns.HEADERS);
        int row = 1;
        for (DocumentFinding finding : findings) {
            writeRow(sheet, row++, FindingColumns.cells(finding.documentId(), finding.finding()));
        }
    }

    private static void writeHeader(Worksheet sheet, List<String> headers) {
        writeRow(sheet, 0, List.copyOf(headers));
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
    }

    private static void writeRow(Worksheet sheet, int row, List<?> cells) {
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            if (cell instanceof Number number) {
                sheet.value(row, column, number);
            } else if (cell != null) {
                sheet.value(row, column, cell.toString());
            }
        }
    }
}
