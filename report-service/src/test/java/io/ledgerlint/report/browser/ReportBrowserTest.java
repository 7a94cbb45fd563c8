package io.ledgerlint.report.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.report.pages.PageRenderer;
import io.ledgerlint.testsupport.BlobRootTestResource;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded): the overview
 * follows the corpus document live through the pipeline, the report shows its findings, a finding opens its page with
 * the cell outlined, the export buttons download, and the operations page shows the topics, the consumer lag and a
 * dead letter with its reason. Screenshots go to target/screenshots/.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BlobRootTestResource.class)
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** The screenshot the README shows; refreshed by every browser test run. */
    private static final Path README_IMAGE = Path.of("../docs/images/report.png");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URI site;

    @ConfigProperty(name = "ledgerlint.blob.root")
    String blobRoot;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper objectMapper;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "install Debian packages chromium and chromium-driver to run browser tests");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void overviewFollowsTheDocumentLiveTheReportLeadsToTheOutlinedPageAndTheExportsAndOpsShowsThePipeline()
            throws Exception {
        CorpusDocument doc = new CorpusDocument();
        try (KafkaProducer<String, String> producer = producer()) {
            publish(producer, Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received(Path.of(blobRoot)));
            awaitStatus(doc.documentId, "RECEIVED");

            browser.get(site.resolve("/").toString());
            WebElement row = rowOf(doc.documentId);
            assertThat(row.findElement(By.cssSelector("[data-field=status]")).getText()).isEqualTo("RECEIVED");
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("live-state")));

            publish(producer, Topics.TABLES_EXTRACTED, doc.documentId, doc.extracted(objectMapper));
            publish(producer, Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings());
        }
        // no reload: the server-sent events update the row
        waitFor().until(ExpectedConditions.textToBe(
                By.cssSelector("tr[data-document-id='" + doc.documentId + "'] [data-field=status]"), "VALIDATED"));
        waitFor().until(ExpectedConditions.textToBe(
                By.cssSelector("tr[data-document-id='" + doc.documentId + "'] [data-field=error]"), "3"));
        // the topics are consumed independently: the extraction may be stored after the findings
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/documents/{id}/tables", doc.documentId)
                .then().statusCode(200));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("summary")).getText()).contains("T06-CLASS-SUM", "株洲高新");
        screenshot("overview.png");

        logRenderTimes(doc.documentId);

        rowOf(doc.documentId).findElement(By.tagName("a")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("f1")));
        assertThat(browser.findElement(By.id("department")).getText()).isEqualTo("株洲高新技术产业开发区企业服务局");
        assertThat(browser.findElement(By.id("year")).getText()).isEqualTo("2024");
        assertThat(browser.findElement(By.id("f1")).getText())
                .contains("T06-CLASS-SUM", "工资福利支出", "177.5", "177.55", "表 06", "行 301");
        assertThat(browser.findElement(By.cssSelector("td.hit-error#c-06-0-2")).getText()).startsWith("177.5");
        assertThat(browser.findElement(By.cssSelector(".narrative blockquote.disagrees mark")).getText())
                .isEqualTo(CorpusDocument.NARRATIVE_SENTENCE);
        Path report = screenshot("report.png");
        if (Boolean.getBoolean("ledgerlint.updateReadmeImage")) {
            // Only on request: every run's screenshot differs (timestamps), and a test run must not dirty the tree.
            Files.createDirectories(README_IMAGE.getParent());
            Files.copy(report, README_IMAGE, StandardCopyOption.REPLACE_EXISTING);
        }

        String csv = browser.findElement(By.id("export-csv")).getAttribute("href");
        String xlsx = browser.findElement(By.id("export-xlsx")).getAttribute("href");
        String pdf = browser.findElement(By.id("export-pdf")).getAttribute("href");
        assertThat(URI.create(csv).getPath()).isEqualTo("/api/documents/" + doc.documentId + "/findings.csv");
        assertThat(URI.create(xlsx).getPath()).isEqualTo("/api/documents/" + doc.documentId + "/findings.xlsx");
        assertThat(URI.create(pdf).getPath()).isEqualTo("/api/documents/" + doc.documentId + "/report.pdf");
        browser.findElement(By.id("export-csv")).click();
        for (String download : new String[] {csv, xlsx, pdf}) {
            assertThat(given().get(URI.create(download)).then().extract().statusCode()).as(download).isEqualTo(200);
        }

        String pageLink = browser.findElement(By.cssSelector("#f1 a.page-link")).getAttribute("href");
        assertThat(URI.create(pageLink).getPath() + "?" + URI.create(pageLink).getQuery())
                .isEqualTo("/documents/" + doc.documentId + "/pages/" + CorpusDocument.CLASS_SUM_PAGE
                        + ".png?highlight=1");
        browser.get(pageLink);
        Number width = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.images.length ? document.images[0].naturalWidth : 0");
        assertThat(width.intValue()).isGreaterThan(0);
        screenshot("page-image.png");
        byte[] png = given().get(URI.create(pageLink)).then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        assertThat(outlinePixelsAround(ImageIO.read(new ByteArrayInputStream(png)), doc.classSumBox))
                .isGreaterThan(50);

        opsPageShowsTheTopicsTheLagAndADeadLetterWithItsReason(doc.documentId);
    }

    /** In the same browser: the operations page, refreshed from /api/ops, with a record report-service refused. */
    private void opsPageShowsTheTopicsTheLagAndADeadLetterWithItsReason(String documentId) throws Exception {
        String poisonKey = "poison-" + documentId;
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.DOCUMENTS_FAILED, poisonKey, "{not a DocumentFailed")).get();
        }
        browser.get(site.resolve("/ops?lang=en").toString());
        By deadLetters = By.cssSelector("#dead-letters tr[data-topic='" + Topics.DOCUMENTS_FAILED
                + Topics.DEAD_LETTER_SUFFIX + "']");
        // the page polls every few seconds: the dead letter appears once report-service has refused the record
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(deadLetters, poisonKey));
        assertThat(browser.findElement(deadLetters).getText()).contains("DocumentFailed");
        assertThat(browser.findElement(By.id("kafka-unreachable")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#topics tr[data-topic='" + Topics.DOCUMENTS_RECEIVED
                + "'] [data-field=end-offset]")).getText()).isNotEqualTo("0");
        assertThat(browser.findElements(By.cssSelector("#lag tr[data-group='ledgerlint-report'][data-topic='"
                + Topics.FINDINGS_PRODUCED + "']"))).isNotEmpty();
        assertThat(browser.findElement(By.id("latencies")).getText()).contains("pipeline (received → validated)");
        screenshot("ops.png");
    }

    /** A measurement for the record, not an assertion: how long the report and a first page image take here. */
    private static void logRenderTimes(String documentId) {
        long[] report = new long[5];
        for (int i = 0; i < report.length; i++) {
            report[i] = given().get("/documents/{id}", documentId).then().statusCode(200).extract().time();
        }
        java.util.Arrays.sort(report);
        long pageCold = given().get("/documents/{id}/pages/13.png?highlight=2", documentId).then().statusCode(200)
                .extract().time();
        long pageCached = given().get("/documents/{id}/pages/13.png?highlight=2", documentId).then().statusCode(200)
                .extract().time();
        Logger.getLogger(ReportBrowserTest.class).infof(
                "render times for %s: report median %d ms (min %d, max %d); page image %d ms, cached %d ms",
                documentId, report[2], report[0], report[4], pageCold, pageCached);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, PATIENCE);
    }

    private WebElement rowOf(String documentId) {
        return browser.findElement(By.cssSelector("tr[data-document-id='" + documentId + "']"));
    }

    private Path screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private void publish(KafkaProducer<String, String> producer, String topic, String key, Object event)
            throws IOException, ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(topic, key, objectMapper.writeValueAsString(event))).get();
    }

    private static void awaitStatus(String documentId, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/documents/{id}", documentId)
                .then().statusCode(200).body("status", equalTo(status)));
    }

    /** Outline pixels in a band a few pixels wide around the box (the outline is drawn just outside it). */
    private static long outlinePixelsAround(BufferedImage image, double[] box) {
        double scale = 100 / 72.0;
        int margin = 8;
        long count = 0;
        for (int y = (int) (box[1] * scale) - margin; y <= (int) (box[3] * scale) + margin; y++) {
            for (int x = (int) (box[0] * scale) - margin; x <= (int) (box[2] * scale) + margin; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (PageRenderer.OUTLINE.getRGB() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }
}
