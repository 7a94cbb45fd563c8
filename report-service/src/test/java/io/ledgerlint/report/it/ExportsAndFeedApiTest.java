package io.ledgerlint.report.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.report.export.CjkFont;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ExportsAndFeedApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ObjectMapper objectMapper;

    Pipeline pipeline;

    @BeforeEach
    void connect() {
        pipeline = new Pipeline(objectMapper);
    }

    @AfterEach
    void disconnect() {
        pipeline.close();
    }

    private TestEvents validated(String filename) {
        TestEvents doc = new TestEvents(filename);
        pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
        pipeline.publish(Topics.TABLES_EXTRACTED, doc.documentId, doc.extracted("商品和服务支出"));
        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("基本支出合计与明细之和不符"));
        pipeline.awaitConsumed();
        return doc;
    }

    @Test
    void findingsDownloadAsCsvAndXlsx() throws IOException {
        TestEvents doc = validated("北京市某某局2023年度部门决算.pdf");

        byte[] csv = given().get("/api/documents/{id}/findings.csv", doc.documentId).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"" + doc.documentId
                        + "-findings.csv\"; filename*=UTF-8''%E5%8C%97"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFdocumentId,ruleId,severity,");
        assertThat(text.lines()).hasSize(4);
        assertThat(text).contains(doc.documentId + ",T06-CLASS-SUM,error,high,基本支出合计与明细之和不符,06,,301,决算数,,12,"
                + "177.55,177.5,\"3010101+3010102\"");

        byte[] xlsx = given().get("/api/documents/{id}/findings.xlsx", doc.documentId).then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(2).getCellText(1)).isEqualTo("DOC-YEAR");
            assertThat(rows.get(2).getCellText(6)).isEqualTo("一、收入支出决算总体情况说明");
        }
    }

    @Test
    void exportsOfUnvalidatedOrUnknownDocumentsAnswer404() {
        TestEvents doc = new TestEvents("only-received.pdf");
        pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
        pipeline.awaitConsumed();
        given().get("/api/documents/{id}/findings.csv", doc.documentId).then().statusCode(404)
                .body("error", equalTo("not-found"));
        given().get("/api/documents/0000000000000000/findings.xlsx").then().statusCode(404);
        given().get("/api/documents/0000000000000000/report.pdf").then().statusCode(404)
                .body("error", equalTo("not-found"));
    }

    @Test
    void reportPdfShowsTheChineseFindings() throws IOException {
        assumeTrue(CjkFont.locate(Optional.empty()).isPresent(), "no CJK font: " + CjkFont.INSTALL_HINT);
        TestEvents doc = validated("report.pdf");

        byte[] pdf = given().get("/api/documents/{id}/report.pdf", doc.documentId).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("report-report.pdf"))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).containsSubsequence("北京市某某局2023年度部门决算",
                    "error (1)", "基本支出合计与明细之和不符", "warning (1)", "年份不一致", "info (1)", "单位为万元");
        }
    }

    @Test
    void batchWorkbookListsEveryDocumentAndFinding() throws IOException {
        TestEvents validated = validated("batch.pdf");
        TestEvents rejected = new TestEvents("notes.txt");
        pipeline.publish(Topics.DOCUMENTS_FAILED, rejected.documentId, rejected.failed(DocumentStatus.REJECTED,
                "ingest", ErrorCode.NOT_PDF.code(), "the file does not start with %PDF-", rejected.receivedAt));
        pipeline.awaitConsumed();

        byte[] xlsx = given().get("/api/export/batch.xlsx").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("ledgerlint-batch.xlsx")).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("documents", "findings");
            List<Row> documents = sheets.get(0).read();
            Row validatedRow = row(documents, validated.documentId);
            assertThat(validatedRow.getCellText(1)).isEqualTo("batch.pdf");
            assertThat(validatedRow.getCellText(2)).isEqualTo("北京市某某局");
            assertThat(validatedRow.getCellText(3)).isEqualTo("2023");
            assertThat(validatedRow.getCellText(4)).isEqualTo("VALIDATED");
            assertThat(List.of(validatedRow.getCellText(6), validatedRow.getCellText(7), validatedRow.getCellText(8)))
                    .containsExactly("1", "1", "1");
            assertThat(row(documents, rejected.documentId).getCellText(5))
                    .isEqualTo(ErrorCode.NOT_PDF.code() + ": the file does not start with %PDF-");

            List<Row> findings = sheets.get(1).read();
            assertThat(findings.stream().filter(r -> r.getCellText(0).equals(validated.documentId)))
                    .extracting(r -> r.getCellText(1)).containsExactly("T06-CLASS-SUM", "DOC-YEAR", "T06-UNIT");
        }
    }

    private static Row row(List<Row> rows, String documentId) {
        return rows.stream().filter(r -> r.getCellText(0).equals(documentId)).findFirst().orElseThrow();
    }

    @Test
    void feedCarriesEveryReplacementAsTheDocumentsWholeFindingsSet() {
        Instant start = latestCursor();
        TestEvents doc = validated("feed.pdf");

        JsonPath first = changesSince(start, 1000);
        Map<String, Object> entry = entryFor(first, doc.documentId);
        assertThat(entry).containsEntry("status", "VALIDATED").containsEntry("catalogueVersion", "2024.1")
                .containsEntry("filename", "feed.pdf");
        assertThat((List<Map<String, Object>>) entry.get("findings")).extracting(f -> f.get("ruleId"))
                .containsExactly("T06-CLASS-SUM", "DOC-YEAR", "T06-UNIT");
        Instant next = Instant.parse(first.getString("next"));

        // A re-validation that finds nothing is a change too: the entry clears the document's findings.
        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, new FindingsProduced(1, doc.documentId, doc.sha256,
                "2024.2", List.of(), doc.receivedAt.plusSeconds(60)));
        pipeline.awaitConsumed();
        JsonPath second = changesSince(next, 1000);
        Map<String, Object> replaced = entryFor(second, doc.documentId);
        assertThat(replaced).containsEntry("catalogueVersion", "2024.2");
        assertThat((List<?>) replaced.get("findings")).isEmpty();
        assertThat(Instant.parse((String) replaced.get("changedAt"))).isAfter(Instant.parse((String) entry.get("changedAt")));
    }

    @Test
    void feedPagesFollowTheCursorWithoutGapsOrRepeats() {
        Instant start = latestCursor();
        List<String> ids = List.of(validated("p1.pdf").documentId, validated("p2.pdf").documentId,
                validated("p3.pdf").documentId);

        java.util.List<String> seen = new java.util.ArrayList<>();
        Instant since = start;
        for (int i = 0; i < 20; i++) {
            JsonPath page = changesSince(since, 1);
            seen.addAll(page.getList("changes.documentId", String.class));
            since = Instant.parse(page.getString("next"));
            if (!page.getBoolean("hasMore")) {
                break;
            }
        }
        assertThat(seen).containsSubsequence(ids).doesNotHaveDuplicates();
    }

    @Test
    void feedRejectsBadParameters() {
        given().get("/api/findings/changes?since=yesterday").then().statusCode(400)
                .body("error", equalTo("bad-request"));
        given().get("/api/findings/changes?limit=0").then().statusCode(400);
        given().get("/api/findings/changes?limit=1001").then().statusCode(400);
    }

    @Test
    void openApiDescribesTheEndpointsAndSwaggerUiIsServed() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(openApi.getMap("paths").keySet()).contains("/api/documents", "/api/documents/{id}",
                "/api/documents/{id}/findings.csv", "/api/documents/{id}/findings.xlsx",
                "/api/documents/{id}/report.pdf", "/api/export/batch.xlsx", "/api/findings/changes");
        assertThat(openApi.getString("info.title")).isEqualTo("ledgerlint report-service");
        assertThat(openApi.getString("paths.'/api/findings/changes'.get.summary")).isNotBlank();
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    /** A cursor past every change made so far (other tests share the database). */
    private Instant latestCursor() {
        Instant since = Instant.EPOCH;
        while (true) {
            JsonPath page = changesSince(since, 1000);
            since = Instant.parse(page.getString("next"));
            if (!page.getBoolean("hasMore")) {
                return since;
            }
        }
    }

    private static JsonPath changesSince(Instant since, int limit) {
        return given().get("/api/findings/changes?since={since}&limit={limit}", since.toString(), limit)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entryFor(JsonPath page, String documentId) {
        List<Map<String, Object>> changes = page.getList("changes");
        return changes.stream().filter(c -> documentId.equals(c.get("documentId"))).findFirst()
                .orElseThrow(() -> new AssertionError(documentId + " not in " + changes));
    }
}
