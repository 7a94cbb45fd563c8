package io.ledgerlint.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.deploy.batch.CorpusPdfs;
import io.ledgerlint.deploy.batch.StackProcesses;
import io.ledgerlint.deploy.batch.Submission;
import io.ledgerlint.deploy.costly.CostlyFile;
import io.ledgerlint.deploy.costly.CostlyFiles;
import io.ledgerlint.deploy.drill.DrillResult;
import io.ledgerlint.deploy.drill.FaultDrill;
import io.ledgerlint.testsupport.TopicReader;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The whole pipeline as a user runs it: {@code ./ledgerlint up} (real PostgreSQL, a real Kafka broker and the four
 * packaged services), checked only through the contract (inbox folder, HTTP API, the launcher's output), then stopped
 * with SIGINT. The script is started the way a script starts it in the background: as an asynchronous command of a
 * non-interactive shell, which inherits SIGINT ignored; {@code kill -INT} must still stop the whole stack.
 * <p>
 * A failsafe test, run after {@code package}: the script runs the packaged launcher, with
 * {@code LEDGERLINT_SKIP_BUILD=1} because this build has just made it and the services (the reactor builds them first:
 * see the {@code pom}-type dependencies).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

    /** For all the files together, from when they are dropped: a stuck document must not cost every test a wait. */
    private static final Duration PROCESSING_TIMEOUT = Duration.ofSeconds(120);
    /** The stop takes seconds; this bound covers the launcher's grace periods before it kills. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final Set<String> STANDARD_TABLE_IDS = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The launcher's topics have two partitions, so at most two copies of a service share the work. */
    private static final int TOPIC_PARTITIONS = 2;
    /** The copies that {@code --scale parse-service=2,validate-service=2} starts, as the launcher names them. */
    private static final List<String> SCALED_OUT_COPIES = List.of("parse-service", "parse-service-2",
            "validate-service", "validate-service-2");
    /** W3C trace context: version, trace id, parent span id, flags. */
    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    /** The counters of documents each service handled, as its /q/metrics names them. */
    private static final Pattern HANDLED_DOCUMENTS = Pattern.compile(
            "^ledgerlint_documents_total\\{");

    /**
     * The directory {@code ./ledgerlint up} is started from: the run keeps everything under its {@code data/}. Static:
     * an instance field would only be set before each test, after {@code @BeforeAll}.
     */
    @TempDir
    static Path workDirectory;
    private LedgerlintUp run;
    private LauncherBanner banner;
    /** The launcher and everything it started, as seen once it was ready; what the cleanup stops after a failure. */
    private final Set<ProcessHandle> started = new LinkedHashSet<>();
    private Path inbox;
    private String ingestBaseUrl;
    private String reportBaseUrl;
    private Instant processingDeadline;
    private byte[] disclosure;
    private byte[] truncatedDisclosure;
    private final byte[] textFile = "这不是PDF, just some notes\n".getBytes(StandardCharsets.UTF_8);
    private final byte[] emptyFile = new byte[0];

    @BeforeAll
    void startTheStackAndDropFiles() throws IOException {
        disclosure = Files.readAllBytes(corpus().resolve("doc-000/document.pdf"));
        // starts like a PDF, but the cross-reference table and most objects are cut off
        truncatedDisclosure = Arrays.copyOf(disclosure, disclosure.length / 3);

        // the folder and URLs to use come from the launcher's banner, printed once everything is ready
        // two copies of each consuming service, and the blobs in an S3 bucket (S3Proxy): every test below runs on a
        // scaled-out pipeline whose services share their blobs through the S3 API
        run = LedgerlintUp.startInTheBackground(projectHome(), workDirectory, "--scale",
                "parse-service=2,validate-service=2", "--bucket");
        banner = run.awaitReady();
        inbox = banner.inbox();
        ingestBaseUrl = banner.ingestUrl();
        reportBaseUrl = banner.reportUrl();
        started.addAll(run.launcherAndEverythingItStarted());

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

    /** A finding's cells, addressed by parse's grid and validate's location, are marked by report: no text search. */
    @Test
    @Order(3)
    void everyCellAFindingAddressesIsMarkedOnTheTableAndOnThePageImage() {
        String id = documentId(disclosure);
        awaitTerminalStatus(id);
        JsonNode findings = getJson(reportUrl("/api/documents/" + id + "/findings"));
        JsonNode tables = getJson(reportUrl("/api/documents/" + id + "/tables"));
        String html = given().get(reportUrl("/documents/" + id)).asString();

        int checked = MarkedCells.assertMarked(findings, tables, html, (page, finding) -> given()
                .get(reportUrl("/documents/" + id + "/pages/" + page + ".png?highlight=" + finding)).asByteArray(),
                disclosure);

        assertThat(checked).as("addressed cells among the corpus document's findings").isPositive();
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
        assertThat(filesUnder(data().resolve("processed")))
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
        assertThat(filesUnder(data().resolve("rejected"))).hasSizeGreaterThanOrEqualTo(2);
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
        assertThat(error.path("error").asText()).isEqualTo(ErrorCode.NOT_PDF.code());
        assertThat(error.path("message").asText()).isNotBlank();

        JsonNode document = awaitTerminalStatus(documentId(notAPdf));
        assertThat(document.path("status").asText()).isEqualTo("REJECTED");
    }

    /**
     * The fault drill's small version (the full one: {@code FaultDrillRun}): while a batch flows, parse-service and then
     * the broker are killed with SIGKILL. The launcher starts each again while the other processes keep running, and
     * every document still reaches exactly one terminal state with its findings stored once.
     */
    @Test
    @Order(13)
    void aServiceOrTheBrokerKilledMidBatchIsStartedAgainAndNothingIsLost() throws Exception {
        Map<String, Long> untouched = pids(List.of("ingest-service", "validate-service", "report-service"));
        List<Submission> batch = CorpusPdfs.under(corpus(), 6).markedFor("drill", 12);

        DrillResult result = new FaultDrill(run, banner, workDirectory.resolve("staging"))
                .run(batch, 2, List.of("parse-service", StackProcesses.KAFKA), Duration.ofMinutes(4));

        assertThat(result.notTerminal()).as("documents lost").isEmpty();
        assertThat(result.statuses()).as("terminal states").containsExactly(entry(DocumentStatus.VALIDATED, 12));
        assertThat(result.twoTerminalStates()).as("documents with two terminal states").isEmpty();
        assertThat(result.storedTwice()).as("findings stored twice or missing").isEmpty();
        assertThat(result.kills()).as("kills recovered from")
                .allSatisfy(kill -> assertThat(kill.recoveredAfter()).isPresent());
        assertThat(run.output()).contains("[ledgerlint] parse-service exited with code 137")
                .contains("[ledgerlint] kafka exited with code 137");
        assertKeptRunning(untouched);
    }

    /** The process each of {@code names} (the launcher's names for its children) runs in now. */
    private Map<String, Long> pids(List<String> names) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String name : names) {
            pids.put(name, StackProcesses.child(run, name).orElseThrow().pid());
        }
        return pids;
    }

    private void assertKeptRunning(Map<String, Long> pidsBefore) {
        pidsBefore.forEach((name, pid) -> assertThat(StackProcesses.child(run, name)).as("%s kept running", name)
                .get().extracting(ProcessHandle::pid).isEqualTo(pid));
    }

    /**
     * A record parse-service cannot read goes to the dead-letter topic with its reason (report-service, the topic's
     * other consumer, puts it there too); {@code ./ledgerlint replay} sends it back to its topic once, and a second
     * replay sends only what failed since.
     */
    @Test
    @Order(8)
    void aPoisonRecordLandsInItsDeadLetterTopicAndIsReplayedOnRequest() throws Exception {
        String key = "poison-" + System.nanoTime();
        String deadLetterTopic = Topics.DOCUMENTS_RECEIVED + Topics.DEAD_LETTER_SUFFIX;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, banner.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.DOCUMENTS_RECEIVED, key, "{not an event")).get();
        }
        try (TopicReader deadLetters = new TopicReader(banner.kafkaBootstrapServers(), deadLetterTopic);
                TopicReader received = new TopicReader(banner.kafkaBootstrapServers(), Topics.DOCUMENTS_RECEIVED)) {
            ConsumerRecord<String, byte[]> dead = deadLetters.awaitKey(key);
            assertThat(TopicReader.header(dead, "dead-letter-reason")).isNotBlank();
            await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters.count(key) == 2);

            LedgerlintUp.CommandResult first = replay(deadLetterTopic);
            assertThat(first.exitCode()).as(first.output()).isZero();
            assertThat(first.output()).contains("replayed 1 record(s) from " + deadLetterTopic)
                    .contains("1 more were the same records");
            ConsumerRecord<String, byte[]> replayed = received.awaitRecord(record -> key.equals(record.key())
                    && TopicReader.header(record, "ledgerlint-replayed-from") != null);
            assertThat(replayed.value()).isEqualTo("{not an event".getBytes(StandardCharsets.UTF_8));
            assertThat(TopicReader.header(replayed, "ledgerlint-replayed-from")).startsWith(deadLetterTopic + "/");

            // still poison: both consumers put it back, and only that is replayed next time
            await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters.count(key) == 4);
            LedgerlintUp.CommandResult second = replay(deadLetterTopic);
            assertThat(second.output()).contains("replayed 1 record(s)").contains("1 more were the same records");
        }
    }

    private LedgerlintUp.CommandResult replay(String topic) throws IOException, InterruptedException {
        return LedgerlintUp.runCommand(projectHome(), workDirectory, "replay", topic, "--bootstrap-servers",
                banner.kafkaBootstrapServers());
    }

    /**
     * Two copies of parse-service and of validate-service run in one consumer group each: Kafka gives each copy one
     * of the two partitions, and each copy handled documents (its own metrics say so). Runs late, once Micrometer has
     * looked for the consumers' lag metrics a second time (it looks once a minute), and before the fault drill, whose
     * restarts would start a copy's counters afresh.
     */
    @Test
    @Order(12)
    void copiesOfAServiceShareItsTopicsPartitionsAndEachTakesWork() throws Exception {
        // two documents for each partition: records are keyed by documentId, and Kafka's default partitioner puts a
        // key on murmur2(key) mod the partition count
        Map<Integer, Integer> perPartition = new HashMap<>();
        List<String> dropped = new ArrayList<>();
        processingDeadline = Instant.now().plus(PROCESSING_TIMEOUT);
        for (Submission submission : CorpusPdfs.under(corpus(), 4).markedFor("scale-out", 32)) {
            int partition = Utils.toPositive(Utils.murmur2(submission.documentId().getBytes(StandardCharsets.UTF_8)))
                    % TOPIC_PARTITIONS;
            if (perPartition.merge(partition, 1, Integer::sum) <= 2) {
                dropIntoInbox(submission.fileName(), submission.content());
                dropped.add(submission.documentId());
            }
        }
        assertThat(perPartition).as("documents per partition").hasSize(TOPIC_PARTITIONS);
        dropped.forEach(this::awaitTerminalStatus);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                banner.kafkaBootstrapServers()))) {
            for (String group : List.of("ledgerlint-parse", "ledgerlint-validate")) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                            .describedGroups().get(group).get();
                    assertThat(description.members()).as("%s members", group).hasSize(2)
                            .allSatisfy(member -> assertThat(member.assignment().topicPartitions()).hasSize(1));
                });
            }
        }
        Map<String, String> consumedTopic = Map.of("parse-service", Topics.DOCUMENTS_RECEIVED,
                "validate-service", Topics.TABLES_EXTRACTED);
        for (String copy : SCALED_OUT_COPIES) {
            String metricsUrl = "http://localhost:" + startedOnPort(copy) + "/q/metrics";
            assertThat(handledDocuments(given().get(metricsUrl).asString())).as("documents %s handled", copy)
                    .isPositive();
            // the Kafka client's lag per partition, which the dashboard and the scalers watch (Micrometer looks for
            // a consumer's new metrics once a minute: the stack is older than that by now)
            String topic = consumedTopic.get(copy.replaceFirst("-\\d+$", "")).replace('.', '_');
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertThat(given().get(metricsUrl).asString()).as("%s's consumer lag", copy).containsPattern(
                            "kafka_consumer_fetch_manager_records_lag\\{[^}]*partition=\"\\d+\"[^}]*topic=\""
                                    + topic + "\""));
        }
    }

    /** The port the launcher said it started that copy on. */
    private int startedOnPort(String copy) {
        Matcher started = Pattern.compile("Starting " + Pattern.quote(copy) + " on port (\\d+) ")
                .matcher(run.output());
        assertThat(started.find()).as("%s started:%n%s", copy, run.output()).isTrue();
        return Integer.parseInt(started.group(1));
    }

    /** The sum of a service's document counters in its Prometheus metrics. */
    private static double handledDocuments(String metrics) {
        return metrics.lines().filter(line -> HANDLED_DOCUMENTS.matcher(line).find())
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /**
     * One trace follows a document through the services: the W3C {@code traceparent} header that ingest's event starts
     * with carries the same trace id on the extraction and on the findings, each from a span of its own.
     */
    @Test
    @Order(9)
    void oneTraceFollowsADocumentThroughTheServices() {
        String id = documentId(disclosure);
        awaitTerminalStatus(id);
        List<TopicReader> readers = Stream.of(Topics.DOCUMENTS_RECEIVED, Topics.TABLES_EXTRACTED,
                Topics.FINDINGS_PRODUCED).map(topic -> new TopicReader(banner.kafkaBootstrapServers(), topic)).toList();
        try {
            // the document was dropped twice (same bytes): each delivery has its own trace, and one of them must
            // run through all three topics, each hop from a span of its own
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<List<String>> traceparents = readers.stream()
                        .map(reader -> reader.withKey(id).stream()
                                .map(record -> TopicReader.header(record, "traceparent")).toList())
                        .toList();
                assertThat(traceparents).as("traceparent on received, extracted, findings")
                        .allSatisfy(headers -> assertThat(headers).isNotEmpty().doesNotContainNull()
                                .allMatch(TRACEPARENT.asMatchPredicate()));
                Set<String> common = new HashSet<>(traceIds(traceparents.get(0)));
                traceparents.forEach(headers -> common.retainAll(traceIds(headers)));
                assertThat(common).as("a trace id on all three topics").isNotEmpty();
                String trace = common.iterator().next();
                assertThat(traceparents.stream().flatMap(List::stream).filter(header -> header.contains(trace))
                        .map(header -> header.split("-")[2]).distinct()).as("span ids")
                        .hasSizeGreaterThanOrEqualTo(3);
            });
        } finally {
            readers.forEach(TopicReader::close);
        }
    }

    private static List<String> traceIds(List<String> traceparents) {
        return traceparents.stream().map(header -> header.split("-")[1]).toList();
    }

    @Test
    @Order(10)
    void aPdfPutIntoTheIngestBucketIsValidatedAndItsBlobLivesInTheBucket() throws Exception {
        byte[] pdf = Files.readAllBytes(corpus().resolve("doc-003/document.pdf"));
        String endpoint = banner.bucketEndpoint().orElseThrow(() -> new AssertionError("no bucket in the banner"));
        try (S3Client s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(endpoint)).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("ledgerlint-local", "ledgerlint-local-secret")))
                .build()) {
            processingDeadline = Instant.now().plus(PROCESSING_TIMEOUT);
            s3.putObject(PutObjectRequest.builder().bucket("ledgerlint").key("inbox/from-the-bucket.pdf").build(),
                    RequestBody.fromBytes(pdf));

            JsonNode document = awaitTerminalStatus(documentId(pdf));
            assertThat(document.path("status").asText()).isEqualTo("VALIDATED");
            assertThat(document.path("filename").asText()).isEqualTo("from-the-bucket.pdf");
            List<String> keys = s3.listObjectsV2(ListObjectsV2Request.builder().bucket("ledgerlint").build())
                    .contents().stream().map(S3Object::key).toList();
            assertThat(keys).contains("processed/from-the-bucket.pdf").doesNotContain("inbox/from-the-bucket.pdf")
                    .anyMatch(key -> key.startsWith("blobs/") && key.endsWith(sha256(pdf) + ".pdf"));
        }
        try (TopicReader received = new TopicReader(banner.kafkaBootstrapServers(), Topics.DOCUMENTS_RECEIVED)) {
            JsonNode event = parse(new String(received.awaitKey(documentId(pdf)).value(), StandardCharsets.UTF_8));
            assertThat(event.path("blobUri").asText()).startsWith("s3://ledgerlint/blobs/");
        }
    }

    /**
     * The costly files a new user's batch held, uploaded at once, and a valid disclosure uploaded right behind them:
     * each costly one ends FAILED {@code resource-limit} naming the budget that stopped it, or VALIDATED within every
     * budget; the page with a 65535×65535 image is drawn with a placeholder, not a 5xx; the valid one is VALIDATED; and
     * no process of the stack was restarted meanwhile.
     * How long each took from its upload to its terminal state is measured, never asserted, and written to
     * {@code target/costly-documents.md}.
     */
    @Test
    @Order(11)
    void costlyDocumentsEndWithinTheirBudgetsAndTheValidOneBehindThemIsValidated(@TempDir Path generated)
            throws Exception {
        List<CostlyFile> costly = CostlyFiles.write(generated);
        // no costly file may take a service (or the broker) down: not one process is restarted
        List<String> stack = new ArrayList<>(List.of(StackProcesses.KAFKA, "ingest-service", "report-service"));
        stack.addAll(SCALED_OUT_COPIES);
        Map<String, Long> processes = pids(stack);
        byte[] validPdf = Files.readAllBytes(corpus().resolve("doc-003/document.pdf"));
        Submission valid = Submission.marked("valid-behind-costly.pdf", validPdf, "behind-the-costly-ones");
        processingDeadline = Instant.now().plus(PROCESSING_TIMEOUT.multipliedBy(2));
        Map<String, Instant> uploadedAt = new HashMap<>();
        for (CostlyFile file : costly) {
            uploadedAt.put(file.name(), Instant.now());
            upload(file.name(), Files.readAllBytes(file.file()));
        }
        uploadedAt.put(valid.fileName(), Instant.now());
        assertThat(upload(valid.fileName(), valid.content())).isEqualTo(valid.documentId());

        List<String> rows = new ArrayList<>();
        for (CostlyFile file : costly) {
            JsonNode document = awaitTerminalStatus(documentId(Files.readAllBytes(file.file())));
            if (file.stoppedBy() == null) {
                assertThat(document.path("status").asText()).as(file.name()).isEqualTo("VALIDATED");
            } else {
                assertThat(document.path("status").asText()).as(file.name()).isEqualTo("FAILED");
                assertThat(document.path("errorCode").asText()).as(file.name())
                        .isEqualTo(ErrorCode.RESOURCE_LIMIT.code());
                assertThat(document.path("error").asText()).as(file.name())
                        .contains(file.stoppedBy() + " budget of ");
            }
            rows.add(costlyRow(file.name(), file.shape(), document, uploadedAt.get(file.name())));
            if (file.name().equals("huge-image.pdf")) {
                Response image = given().get(reportUrl("/documents/" + document.path("documentId").asText()
                        + "/pages/1.png"));
                assertThat(image.statusCode()).isEqualTo(200);
                assertThat(image.contentType()).isEqualTo("image/png");
            }
        }
        JsonNode behind = awaitTerminalStatus(valid.documentId());
        assertThat(behind.path("status").asText()).isEqualTo("VALIDATED");
        rows.add(costlyRow(valid.fileName(), "a valid disclosure (corpus doc-003), uploaded right after them", behind,
                uploadedAt.get(valid.fileName())));
        // the same disclosure on an idle pipeline, to compare with
        Submission alone = Submission.marked("valid-alone.pdf", validPdf, "alone-after-the-costly-ones");
        Instant aloneUploaded = Instant.now();
        upload(alone.fileName(), alone.content());
        JsonNode aloneDocument = awaitTerminalStatus(alone.documentId());
        assertThat(aloneDocument.path("status").asText()).isEqualTo("VALIDATED");
        rows.add(costlyRow(alone.fileName(), "the same disclosure (a new copy) uploaded alone once all were done",
                aloneDocument, aloneUploaded));
        assertKeptRunning(processes);

        String report = "| file | what it holds | outcome | upload → terminal state |\n|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("costly-documents.md"), report);
        System.out.println("Costly documents through ./ledgerlint up --scale parse-service=2,validate-service=2:\n"
                + report);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void sigintStopsEverythingAndLeavesNoProcessBehind() throws Exception {
        ProcessHandle launcher = run.launcher()
                .orElseThrow(() -> new AssertionError("the launcher is gone:\n" + run.output()));
        // collected before the signal: once their parent is gone, orphans could no longer be found from it
        started.addAll(run.launcherAndEverythingItStarted());
        assertThat(run.postmaster()).as("PostgreSQL").isPresent();
        assertThat(started).as("the launcher, Kafka, the four services and PostgreSQL").hasSizeGreaterThanOrEqualTo(7);

        LedgerlintUp.interrupt(launcher);

        assertThat(run.awaitExit(STOP_TIMEOUT)).as("stopped within %s of SIGINT:%n%s", STOP_TIMEOUT, run.output())
                .isTrue();
        // something may still hold the output open: the checks below say what
        run.awaitOutputEnd(Duration.ofSeconds(10));
        assertThat(run.output()).contains("[ledgerlint] Stopped.");
        assertThat(started).as("left alive").noneMatch(ProcessHandle::isAlive);
        assertThat(data().resolve("postgres/postmaster.pid")).doesNotExist();
        try (Stream<Path> pidFiles = Files.list(data().resolve("run"))) {
            assertThat(pidFiles.filter(file -> file.toString().endsWith(".pid"))).isEmpty();
        }
    }

    @AfterAll
    void stopWhateverIsLeftAndKeepTheLogs() throws IOException {
        if (run == null) {
            return;
        }
        try {
            run.stopWhateverIsLeft(started, STOP_TIMEOUT);
        } finally {
            run.keepLogs(Path.of(System.getProperty("ledgerlint.e2e-logs", "target/e2e-logs")));
        }
    }

    /** Waits until report-service shows the document in a terminal state (or fails with the last answer). */
    private JsonNode awaitTerminalStatus(String id) {
        return await().atMost(timeLeft()).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Response response = given().get(reportUrl("/api/documents/" + id));
                    return response.statusCode() == 200 ? parse(response.asString()) : JSON.createObjectNode();
                }, document -> Set.of("VALIDATED", "FAILED", "REJECTED").contains(document.path("status").asText()));
    }

    /** POSTs {@code content} to ingest as {@code name}; its document id. */
    private String upload(String name, byte[] content) {
        Response upload = given().contentType("application/pdf").header("X-Filename", name).body(content)
                .post(ingestUrl("/api/documents"));
        assertThat(upload.statusCode()).as("upload of %s: %s", name, upload.asString()).isEqualTo(202);
        return parse(upload.asString()).path("documentId").asText();
    }

    private static String costlyRow(String name, String shape, JsonNode document, Instant uploaded) {
        String outcome = document.path("status").asText()
                + (document.path("error").isTextual() ? " " + document.path("error").asText() : "");
        Duration took = Duration.between(uploaded, Instant.parse(document.path("updatedAt").asText()));
        return String.format(Locale.ROOT, "| `%s` | %s | %s | %.1f s |", name, shape, outcome,
                took.toMillis() / 1000.0);
    }

    private Duration timeLeft() {
        Duration left = Duration.between(Instant.now(), processingDeadline);
        return left.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : left;
    }

    private void dropIntoInbox(String name, byte[] content) throws IOException {
        Files.write(inbox().resolve(name), content);
    }

    private static Path corpus() {
        return Path.of(System.getProperty("ledgerlint.corpus", "../corpus"));
    }

    private Path inbox() {
        return inbox;
    }

    private Path data() {
        return run.data();
    }

    private String reportUrl(String path) {
        return reportBaseUrl + path;
    }

    private String ingestUrl(String path) {
        return ingestBaseUrl + path;
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
