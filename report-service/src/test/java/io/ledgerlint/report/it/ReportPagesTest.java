package io.ledgerlint.report.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ReportPagesTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Inject
    ObjectMapper objectMapper;

    @Test
    void reportShowsHeaderFindingsHighlightedTablesAndSectionsWithUntrustedTextEscaped() {
        TestEvents doc = new TestEvents("report.pdf");
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
            pipeline.publish(Topics.TABLES_EXTRACTED, doc.documentId, doc.extracted("商品" + SCRIPT));
            pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("合计不符" + SCRIPT));
            pipeline.awaitConsumed();
        }

        String html = given().get("/documents/{id}", doc.documentId).then().statusCode(200)
                .contentType("text/html").extract().asString();

        assertThat(html).doesNotContain("<script>");
        assertThat(html).contains("合计不符&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("商品&lt;script&gt;");
        assertThat(html).contains("report.pdf", "VALIDATED", "北京市某某局", "2023");
        assertThat(html).contains("T06-CLASS-SUM", "table 06, row 301, column 决算数, page 12", "177.55", "177.5");
        assertThat(html).containsSubsequence("error (1)", "warning (1)", "info (1)");
        assertThat(html).contains("<td class=\"hit\">177.5</td>");
        assertThat(html).contains("一、收入支出决算总体情况说明");
    }

    @Test
    void rejectedDocumentShowsItsError() {
        TestEvents doc = new TestEvents("not-a-pdf.pdf");
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_FAILED, doc.documentId, doc.failed(
                    DocumentStatus.REJECTED, "ingest", "not-pdf",
                    "the file does not start with %PDF-", doc.receivedAt));
            pipeline.awaitConsumed();
        }

        String html = given().get("/documents/{id}", doc.documentId).then().statusCode(200).extract().asString();

        assertThat(html).contains("REJECTED", "not-pdf: the file does not start with %PDF-", "Not validated yet.");
    }

    @Test
    void overviewListsDocumentsWithLinksToTheirReports() {
        TestEvents doc = new TestEvents("overview" + SCRIPT + ".pdf");
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
            pipeline.awaitConsumed();
        }

        String html = given().get("/?size=200").then().statusCode(200).contentType("text/html").extract().asString();

        assertThat(html).contains("<a href=\"/documents/" + doc.documentId + "\">overview&lt;script&gt;");
        assertThat(html).doesNotContain("<script>");
    }
}
