package io.ledgerlint.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole pipeline as {@code ./ledgerlint up} runs it: real PostgreSQL, a real Kafka broker and the four packaged
 * services as child processes, checked only through the contract (inbox folder, HTTP API).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {

    /** For all the files together, from when they are dropped: a stuck document must not cost every test a wait. */
    private static final Duration PROCESSING_TIMEOUT = Duration.ofSeconds(120);
    private static final Set<String> STANDARD_TABLE_IDS = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path workDirectory;
    private LocalStack stack;
    private Instant processingDeadline;
    private byte[] disclosure;
    private byte[] truncatedDisclosure;
    private final byte[] textFile = "这不是PDF, just some notes\n".getBytes(StandardCharsets.UTF_8);
    private final byte[] emptyFile = new byte[0];

    @BeforeAll
    void startTheStackAndDropFiles() throws IOException {
        Path corpus = Path.of(System.getProperty("ledgerlint.corpus", "../corpus"));
        disclosure = Files.readAllBytes(corpus.resolve("doc-000/document.pdf"));
        // starts like a PDF, but the cross-reference table and most objects are cut off
        truncatedDisclosure = Arrays.copyOf(disclosure, disclosure.length / 3);

        workDirectory = Files.createTempDirectory("ledgerlint-e2e");
        Map<PortSetting, Integer> anyFreePorts = new EnumMap<>(PortSetting.class);
        for (PortSetting setting : PortSetting.values()) {
            anyFreePorts.put(setting, PortSetting.ANY_FREE);
        }
        Path data = workDirectory.resolve("data");
        stack = new LocalStack(new StackSettings(projectHome(), data, data.resolve("inbox"), anyFreePorts,
                Duration.ofMinutes(2)), message -> System.out.println("[e2e] " + message));
        stack.start();

        processingDeadline = Instant.now().plus(PROCESSING_TIMEOUT);
        dropIntoInbox("document.pdf", disclosure);
        dropIntoInbox("document-again.pdf", disclosure);
        dropIntoInbox("empty.pdf", emptyFile);
        dropIntoInbox("notes.pdf", textFile);
        dropIntoInbox("truncated.pdf", truncatedDisclosure);
    }

    @Test
    @Order(1)
    void aDisclosureDroppedIntoTheInboxIsValidated() {
        String id = documentId(disclosure);
        awaitTerminalStatus(id);
        JsonNode document = getJson(reportUrl("/api/documents/" + id));
        assertThat(document.path("status").asText()).isEqualTo("VALIDATED");
        assertThat(document.path("sha256").asText()).isEqualTo(sha256(disclosure));
        assertThat(document.path("filename").asText()).startsWith("document");
        assertThat(document.path("findingCounts").has("error")).isTrue();
    }

    @Test
    @Order(2)
    void theNineStandardTablesAreExtractedWithTheirPages() {
        String id = documentId(disclosure);
        awaitTerminalStatus(id);
        JsonNode tables = getJson(reportUrl("/api/documents/" + id + "/tables")).path("tables");
        List<String> ids = new ArrayList<>();
        for (JsonNode table : tables) {
            ids.add(table.path("id").asText());
            if (STANDARD_TABLE_IDS.contains(table.path("id").asText())) {
                assertThat(table.path("page").asInt()).as("page of table %s", table.path("id")).isPositive();
                assertThat(table.path("rows").size()).as("rows of table %s", table.path("id")).isPositive();
            }
        }
        assertThat(ids).containsAll(STANDARD_TABLE_IDS);
    }

    @Test
    @Order(3)
    void findingsAndTheHumanReportAreServed() {
        String id = documentId(disclosure);
        awaitTerminalStatus(id);
        JsonNode findings = getJson(reportUrl("/api/documents/" + id + "/findings"));
        assertThat(findings.path("documentId").asText()).isEqualTo(id);
        assertThat(findings.path("findings").isArray()).isTrue();
        for (JsonNode finding : findings.path("findings")) {
            assertThat(finding.path("ruleId").asText()).isNotBlank();
            assertThat(finding.path("severity").asText()).isIn("error", "warning", "info");
        }

        Response report = given().get(reportUrl("/documents/" + id));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/html");
        assertThat(report.asString()).contains(id);
    }

    @Test
    @Order(4)
    void theSameFileTwiceIsOneDocumentAndBothCopiesLeaveTheInbox() throws IOException {
        String id = documentId(disclosure);
        awaitTerminalStatus(id);
        await().atMost(timeLeft()).until(() -> !Files.exists(inbox().resolve("document-again.pdf"))
                && !Files.exists(inbox().resolve("document.pdf")));
        JsonNode all = getJson(reportUrl("/api/documents?page=0&size=100"));
        assertThat(all.findValuesAsText("documentId")).containsOnlyOnce(id);
        assertThat(filesUnder(stack.settings().dataDirectory().resolve("processed")))
                .as("both copies are kept in the processed area, never lost").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(5)
    void badFilesInTheInboxAreRejectedWithAReason() throws IOException {
        for (byte[] bad : List.of(emptyFile, textFile, truncatedDisclosure)) {
            String id = documentId(bad);
            JsonNode document = awaitTerminalStatus(id);
            assertThat(document.path("status").asText()).as("status of %s", id).isIn("REJECTED", "FAILED");
            assertThat(document.path("error").asText()).as("error of %s", id).isNotBlank();
        }
        await().atMost(timeLeft()).until(() -> Stream.of("empty.pdf", "notes.pdf", "truncated.pdf")
                .noneMatch(name -> Files.exists(inbox().resolve(name))));
        assertThat(filesUnder(stack.settings().dataDirectory().resolve("rejected"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(6)
    void anUploadIsAcceptedAndTheSameBytesKeepTheirId() {
        Response upload = given().contentType("application/pdf").header("X-Filename", "uploaded.pdf")
                .body(disclosure).post(ingestUrl("/api/documents"));
        assertThat(upload.statusCode()).isEqualTo(202);
        JsonNode answer = parse(upload.asString());
        assertThat(answer.path("documentId").asText()).isEqualTo(documentId(disclosure));
        assertThat(answer.path("sha256").asText()).isEqualTo(sha256(disclosure));
        assertThat(answer.path("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    @Order(7)
    void aBadUploadAnswers4xxAndIsRecorded() {
        byte[] notAPdf = "plain text sent as a PDF\n".getBytes(StandardCharsets.UTF_8);
        Response upload = given().contentType("application/pdf").header("X-Filename", "bad.pdf")
                .body(notAPdf).post(ingestUrl("/api/documents"));
        assertThat(upload.statusCode()).isBetween(400, 499);
        JsonNode error = parse(upload.asString());
        assertThat(error.path("error").asText()).isEqualTo("not-pdf");
        assertThat(error.path("message").asText()).isNotBlank();

        JsonNode document = awaitTerminalStatus(documentId(notAPdf));
        assertThat(document.path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void stoppingLeavesNoProcessBehind() throws IOException {
        List<ProcessHandle> started = new ArrayList<>(ProcessHandle.current().descendants().toList());
        postmaster().ifPresent(started::add);
        assertThat(started).as("Kafka, PostgreSQL and the four services").hasSizeGreaterThanOrEqualTo(6);

        stack.close();

        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThat(stack.settings().dataDirectory().resolve("postgres/postmaster.pid")).doesNotExist();
        try (Stream<Path> pidFiles = Files.list(stack.settings().dataDirectory().resolve("run"))) {
            assertThat(pidFiles.filter(file -> file.toString().endsWith(".pid"))).isEmpty();
        }
    }

    @AfterAll
    void stopAndKeepTheLogs() throws IOException {
        if (stack != null) {
            stack.close();
            Path kept = Path.of(System.getProperty("ledgerlint.e2e-logs", "target/e2e-logs"));
            Files.createDirectories(kept);
            for (Path log : filesUnder(stack.logs())) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = stack.settings().dataDirectory().resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }

    /** Waits until report-service shows the document in a terminal state (or fails with the last answer). */
    private JsonNode awaitTerminalStatus(String id) {
        return await().atMost(timeLeft()).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Response response = given().get(reportUrl("/api/documents/" + id));
                    return response.statusCode() == 200 ? parse(response.asString()) : JSON.createObjectNode();
                }, document -> Set.of("VALIDATED", "FAILED", "REJECTED").contains(document.path("status").asText()));
    }

    private Duration timeLeft() {
        Duration left = Duration.between(Instant.now(), processingDeadline);
        return left.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : left;
    }

    private void dropIntoInbox(String name, byte[] content) throws IOException {
        Files.write(inbox().resolve(name), content);
    }

    private Path inbox() {
        return stack.settings().inbox();
    }

    private String reportUrl(String path) {
        return stack.url(Service.REPORT) + path;
    }

    private String ingestUrl(String path) {
        return stack.url(Service.INGEST) + path;
    }

    private static JsonNode getJson(String url) {
        Response response = given().get(url);
        assertThat(response.statusCode()).as("GET %s: %s", url, response.asString()).isEqualTo(200);
        return parse(response.asString());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static List<Path> filesUnder(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static Path projectHome() {
        return Path.of(System.getProperty("ledgerlint.home", "..")).toAbsolutePath().normalize();
    }

    private static String documentId(byte[] content) {
        return sha256(content).substring(0, 16);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
