package io.ledgerlint.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.DocumentDetails;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    static CjkFont fontOrSkip() {
        Optional<CjkFont> font = CjkFont.locate(Optional.empty());
        assumeTrue(font.isPresent(), "no CJK TrueType font installed: " + CjkFont.INSTALL_HINT);
        return font.get();
    }

    @Test
    void reportShowsTheChineseTextGroupedBySeverityWithTheFontEmbedded() throws IOException {
        DocumentDetails document = document("aaaa", "北京市某某局2023年度部门决算.pdf", "北京市某某局2023年度部门决算",
                "北京市某某局", 2023, DocumentStatus.VALIDATED, null, Instant.parse("2024-05-01T10:00:00Z"),
                Instant.parse("2024-05-01T10:00:10Z"), "2024.1");
        List<Finding> findings = List.of(
                        new Finding("DOC-YEAR", "warning", "medium", "年份不一致",
                                List.of(Location.text("一、收入支出决算总体情况说明", "2023年度收入支出总计", 5)),
                                "2023", "2022", null),
                        new Finding("T06-CLASS-SUM", "error", "high", "基本支出合计与明细之和不符",
                                List.of(Location.cell("06", "301", "决算数", 12, null)), "177.55", "177.5",
                                "3010101+3010102"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportPdf(fontOrSkip()).write(document, findings, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).containsSubsequence("北京市某某局2023年度部门决算", "error (1)", "T06-CLASS-SUM",
                    "基本支出合计与明细之和不符", "table 06, row 301, column 决算数, page 12", "expected 177.55, actual 177.5",
                    "warning (1)", "年份不一致", "section 一、收入支出决算总体情况说明");
            PDFont font = pdf.getPage(0).getResources().getFont(
                    pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void aDocumentNotYetValidatedSaysSo() throws IOException {
        DocumentDetails document = document("bbbb", "x.pdf", null, null, null, DocumentStatus.REJECTED,
                "not-pdf: the file does not start with %PDF-", null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportPdf(fontOrSkip()).write(document, null, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("not-pdf: the file does not start with %PDF-", "Not validated yet.");
        }
    }

    /** The fields the PDF shows; the rest as stored for such a document. */
    static DocumentDetails document(String documentId, String filename, String title, String department, Integer year,
            DocumentStatus status, String error, Instant receivedAt, Instant validatedAt, String catalogueVersion) {
        return new DocumentDetails(documentId, filename, null, status, error, null, receivedAt, receivedAt,
                FindingCounts.NONE, title, department, year, null, null, null, validatedAt, catalogueVersion);
    }

    @Test
    void fontsWithPostScriptOutlinesOrWithoutChineseAreNotUsable() {
        // Noto Sans CJK (CFF outlines) cannot be subset by PDFBox; DejaVu has no Chinese glyphs.
        assertThat(CjkFont.locate(Optional.of(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))))
                .isEmpty();
        assertThat(CjkFont.locate(Optional.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))))
                .isEmpty();
        assertThat(CjkFont.locate(Optional.of(Path.of("/no/such/font.ttf")))).isEmpty();
    }
}
