package io.ledgerlint.report.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.domain.blob.LocalFolderBlobStore;
import io.ledgerlint.report.pages.HostilePages;
import io.ledgerlint.report.pages.PageRenderer;
import io.ledgerlint.report.pages.Placeholder;
import io.ledgerlint.report.web.PageImages;
import io.ledgerlint.testsupport.BlobRootTestResource;
import io.ledgerlint.testsupport.CorpusDocuments;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BlobRootTestResource.class)
class ReportPagesTest {

    private static final Path CORPUS_PDF = CorpusDocuments.pdf("doc-000");

    @ConfigProperty(name = "ledgerlint.blob.root")
    String blobRoot;

    @TestHTTPResource("/api/events")
    URI events;

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
        assertThat(html).contains("T06-CLASS-SUM", "表 06 · 行 301 · 列 决算数 · 第 12 页", "177.55", "177.5");
        assertThat(html).containsSubsequence("错误 (1)", "T06 (1)", "警告 (1)", "DOC (1)", "提示 (1)");
        assertThat(html).contains("<td id=\"c-06-0-2\" class=\"hit hit-error\">177.5 <a href=\"#f1\"");
        assertThat(html).contains("<li id=\"f1\"", "<a href=\"#c-06-0-2\">在表中查看</a>");
        assertThat(html).contains("/documents/" + doc.documentId + "/pages/12.png?highlight=1");
        assertThat(html).contains("<mark title=\"与表格或自身不一致\">2023年度收入支出总计</mark>");
        assertThat(html).contains("/api/documents/" + doc.documentId + "/findings.csv",
                "/api/documents/" + doc.documentId + "/findings.xlsx",
                "/api/documents/" + doc.documentId + "/report.pdf");
    }

    @Test
    void englishOnRequestAndRememberedInACookie() {
        TestEvents doc = new TestEvents("english.pdf");
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
            pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("合计不符"));
            pipeline.awaitConsumed();
        }

        var english = given().get("/documents/{id}?lang=en", doc.documentId).then().statusCode(200)
                .cookie("lang", "en").extract();
        assertThat(english.asString()).contains("<html lang=\"en\">", "Errors (1)",
                "table 06 · row 301 · column 决算数 · page 12", "Findings (CSV)", "合计不符")
                .contains("href=\"/documents/" + doc.documentId + "?lang=zh\"");
        assertThat(given().cookie("lang", "en").get("/").asString()).contains("Documents", "Batch summary");
        assertThat(given().get("/").asString()).contains("批次概况");
    }

    @Test
    void rejectedDocumentShowsItsError() {
        TestEvents doc = new TestEvents("not-a-pdf.pdf");
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_FAILED, doc.documentId, doc.failed(
                    DocumentStatus.REJECTED, "ingest", ErrorCode.NOT_PDF.code(),
                    "the file does not start with %PDF-", doc.receivedAt));
            pipeline.awaitConsumed();
        }

        String html = given().get("/documents/{id}", doc.documentId).then().statusCode(200).extract().asString();

        assertThat(html).contains("REJECTED", ErrorCode.NOT_PDF.code() + ": the file does not start with %PDF-",
                "尚未完成检查。");
    }

    @Test
    void overviewListsDocumentsWithLinksToTheirReports() {
        // markup without a slash: a display name keeps only what follows the last one
        TestEvents doc = new TestEvents("overview<b onmouseover=alert(1)>.pdf");
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
            pipeline.awaitConsumed();
        }

        String html = given().get("/?size=200").then().statusCode(200).contentType("text/html").extract().asString();

        assertThat(html).contains("<a href=\"/documents/" + doc.documentId + "\">overview&lt;b onmouseover");
        assertThat(html).doesNotContain("<b onmouseover");
    }

    @Test
    void overviewFiltersSearchesAndSortsAndSummarisesTheBatch() {
        TestEvents clean = new TestEvents("clean-overview.pdf");
        TestEvents faulty = new TestEvents("faulty-overview.pdf");
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, clean.documentId, clean.received());
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, faulty.documentId, faulty.received());
            pipeline.publish(Topics.TABLES_EXTRACTED, faulty.documentId, faulty.extracted("商品"));
            pipeline.publish(Topics.FINDINGS_PRODUCED, faulty.documentId, faulty.findings("合计不符"));
            pipeline.awaitConsumed();
        }

        String byError = given().get("/?severity=error&size=200").asString();
        assertThat(byError).contains(faulty.documentId).doesNotContain(clean.documentId);
        String received = given().get("/?status=RECEIVED&q=overview&size=200").asString();
        assertThat(received).contains(clean.documentId).doesNotContain(faulty.documentId);
        assertThat(given().get("/?q=北京市某某&size=200").asString()).contains(faulty.documentId)
                .doesNotContain(clean.documentId);
        String sorted = given().get("/?sort=errors&dir=desc&size=200").asString();
        assertThat(sorted.indexOf(faulty.documentId)).isLessThan(sorted.indexOf(clean.documentId));
        assertThat(sorted).contains("<th class=\"sorted-desc\"><a href=\"/?sort=errors&amp;dir=asc&amp;size=200\">");
        // the batch summary: the failing rule and the department as bars of the inline SVG charts
        assertThat(sorted).contains("<title>T06-CLASS-SUM: ", "<title>北京市某某局: ");
        given().get("/?status=DONE").then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("bad-request"));
    }

    @Test
    void pageImageOfTheStoredPdfOutlinesTheFindingsBoxes() throws IOException {
        TestEvents doc = new TestEvents("doc-000.pdf");
        URI blob = new LocalFolderBlobStore(Path.of(blobRoot)).put(doc.sha256, CORPUS_PDF);
        Finding finding = new Finding("T06-CLASS-SUM", "error", "high", "合计不符",
                List.of(Location.cell("06", "301", "决算数", 12, new double[] {100, 100, 300, 150})),
                "177.55", "177.5", null);
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, new DocumentReceived(1, doc.documentId,
                    doc.sha256, doc.filename, Files.size(CORPUS_PDF), "application/pdf", blob.toString(), "upload",
                    doc.receivedAt));
            pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, new FindingsProduced(1, doc.documentId,
                    doc.sha256, "2024.1", List.of(finding), doc.receivedAt.plusSeconds(10)));
            pipeline.awaitConsumed();
        }

        BufferedImage outlined = image(given().get("/documents/{id}/pages/12.png?highlight=1", doc.documentId)
                .then().statusCode(200).contentType("image/png").extract().asByteArray());
        BufferedImage plain = image(given().get("/documents/{id}/pages/12.png", doc.documentId)
                .then().statusCode(200).extract().asByteArray());

        double scale = 100 / 72.0;
        assertThat(redPixels(outlined, (int) (95 * scale), (int) (95 * scale), (int) (305 * scale),
                (int) (155 * scale))).isGreaterThan(500);
        assertThat(redPixels(plain, 0, 0, plain.getWidth(), plain.getHeight())).isZero();
        given().get("/documents/{id}/pages/41.png", doc.documentId).then().statusCode(404);
        given().get("/documents/{id}/pages/12.png?highlight=2", doc.documentId).then().statusCode(404);
    }

    @Test
    void aPageWithAnImageDeclaring65535SquaredPixelsAnswersAnImageWithThePlaceholderHeader(@TempDir Path folder)
            throws IOException {
        Path pdf = HostilePages.withOversizedImage(folder.resolve("oversized.pdf"));
        TestEvents doc = new TestEvents("oversized-image.pdf");
        URI blob = new LocalFolderBlobStore(Path.of(blobRoot)).put(doc.sha256, pdf);
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, new DocumentReceived(1, doc.documentId,
                    doc.sha256, doc.filename, Files.size(pdf), "application/pdf", blob.toString(), "upload",
                    doc.receivedAt));
            pipeline.awaitConsumed();
        }

        long started = System.nanoTime();
        io.restassured.response.Response oversized = given().get("/documents/{id}/pages/1.png", doc.documentId);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        oversized.then().statusCode(200).contentType("image/png")
                .header(PageImages.PLACEHOLDER_HEADER, Placeholder.IMAGE_TOO_LARGE.code());
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        BufferedImage placeholder = image(oversized.asByteArray());
        assertThat(List.of(placeholder.getWidth(), placeholder.getHeight())).containsExactly(826, 1169);

        io.restassured.response.Response plain = given().get("/documents/{id}/pages/2.png", doc.documentId);
        plain.then().statusCode(200).contentType("image/png");
        assertThat(plain.header(PageImages.PLACEHOLDER_HEADER)).isNull();
        assertThat(image(plain.asByteArray()).getWidth()).isEqualTo(826);
        given().get("/documents/{id}", doc.documentId).then().statusCode(200).contentType("text/html");
    }

    @Test
    void statusChangesArriveOnTheEventStream() throws Exception {
        TestEvents doc = new TestEvents("live-stream.pdf");
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
                .sendAsync(HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofLines())
                .get(60, TimeUnit.SECONDS);
        assertThat(stream.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        CompletableFuture<String> change = CompletableFuture.supplyAsync(
                () -> stream.body().filter(line -> line.contains(doc.documentId)).findFirst().orElseThrow());

        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
            pipeline.awaitConsumed();
        }

        assertThat(change.get(60, TimeUnit.SECONDS)).startsWith("data:")
                .contains("\"status\":\"RECEIVED\"", "\"filename\":\"live-stream.pdf\"");
        stream.body().close();
    }

    private static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static long redPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        long count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == (PageRenderer.OUTLINE.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        return count;
    }
}
