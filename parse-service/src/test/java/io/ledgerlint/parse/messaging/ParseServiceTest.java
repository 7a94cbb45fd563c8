package io.ledgerlint.parse.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.EventTypes;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.parse.budget.Budget;
import io.ledgerlint.parse.budget.Budgets;
import io.ledgerlint.parse.corpus.Corpus;
import io.ledgerlint.testsupport.BlobRootTestResource;
import io.ledgerlint.testsupport.HostileDocuments;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The service against a real broker: events in and out as other services produce and consume them. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(BlobRootTestResource.class)
class ParseServiceTest extends RunningServiceTest {

    @ConfigProperty(name = "smallrye.messaging.worker.parse-workers.max-concurrency")
    int parseWorkers;

    @Test
    void extractsTheTablesAndSectionsOfACorpusDocument() throws Exception {
        Path folder = Corpus.document("doc-000");
        DocumentReceived received = publish(Corpus.pdf(folder), "doc-000.pdf");

        ConsumerRecord<String, byte[]> record;
        try (TopicReader extracted = new TopicReader(bootstrapServers, Topics.TABLES_EXTRACTED)) {
            record = extracted.awaitKey(received.documentId());
        }

        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.TABLES_EXTRACTED);
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("ledgerlint/parse-service");
        assertThat(TopicReader.header(record, "ce_id")).isNotBlank();
        TablesExtracted extraction = json.readValue(record.value(), TablesExtracted.class);
        assertThat(extraction.documentId()).isEqualTo(received.documentId());
        assertThat(extraction.sha256()).isEqualTo(received.sha256());
        assertThat(extraction.pageCount()).isEqualTo(40);
        assertThat(extraction.pages()).hasSize(40);

        Map<String, Integer> truthPages = Corpus.truth(folder).findParents("fidelity").stream()
                .filter(table -> table.get("fidelity").asText().equals("exact"))
                .collect(Collectors.toMap(table -> table.get("id").asText(), table -> table.get("page").asInt()));
        Map<String, Integer> foundPages = extraction.tables().stream()
                .filter(table -> truthPages.containsKey(table.id()))
                .collect(Collectors.toMap(Table::id, Table::page));
        assertThat(foundPages).isEqualTo(truthPages);

        assertThat(extraction.sections()).anySatisfy(section -> {
            assertThat(section.level()).isEqualTo(2);
            assertThat(section.part()).startsWith("第三部分");
            assertThat(section.heading()).isEqualTo("一、收入支出决算总体情况说明");
            assertThat(section.text()).contains("387.79");
        });
    }

    @Test
    void endsACostlyDocumentFailedOverItsBudgetAndExtractsTheDocumentSentRightAfterIt() throws Exception {
        Path costly = HostileDocuments.nestedForms(temp.resolve("lol.pdf"), 10, 10);
        DocumentReceived costlyEvent = publish(costly, "lol.pdf");
        DocumentReceived valid = publish(Corpus.pdf(Corpus.document("doc-003")), "doc-003.pdf");

        try (TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED);
             TopicReader extracted = new TopicReader(bootstrapServers, Topics.TABLES_EXTRACTED)) {
            ConsumerRecord<String, byte[]> record = failures.awaitKey(costlyEvent.documentId());
            assertFailed(record, DocumentStatus.FAILED, ErrorCode.RESOURCE_LIMIT);
            assertThat(json.readValue(record.value(), DocumentFailed.class).message())
                    .contains("xobject-depth budget of " + Budgets.DEFAULT.limit(Budget.XOBJECT_DEPTH));
            TablesExtracted extraction = json.readValue(extracted.awaitKey(valid.documentId()).value(),
                    TablesExtracted.class);
            assertThat(extraction.tables()).isNotEmpty();
        }
    }

    @Test
    void parsesAsManyDocumentsAtOnceAsTheMachineHasCoresAndTheHeapHolds() {
        assertThat(parseWorkers).isEqualTo(ParseConcurrencyDefault.forMachine(
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory()));
        long mib = 1024 * 1024;
        assertThat(ParseConcurrencyDefault.forMachine(2, 4096 * mib)).isEqualTo(2);
        assertThat(ParseConcurrencyDefault.forMachine(16, 256 * mib)).isEqualTo(2);
        assertThat(ParseConcurrencyDefault.forMachine(16, 2048 * mib)).isEqualTo(16);
        assertThat(ParseConcurrencyDefault.forMachine(4, 64 * mib)).isEqualTo(1);
    }

    @Test
    void rejectsATruncatedPdfAndATextFile() throws Exception {
        byte[] pdf = Files.readAllBytes(Corpus.pdf(Corpus.document("doc-003")));
        Path truncated = Files.write(temp.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        Path text = Files.writeString(temp.resolve("notes.pdf"), "minutes of the meeting\n".repeat(30));

        DocumentReceived truncatedEvent = publish(truncated, "truncated.pdf");
        DocumentReceived textEvent = publish(text, "notes.pdf");

        try (TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED)) {
            assertFailed(failures.awaitKey(truncatedEvent.documentId()), DocumentStatus.REJECTED,
                    ErrorCode.UNREADABLE_PDF);
            assertFailed(failures.awaitKey(textEvent.documentId()), DocumentStatus.REJECTED, ErrorCode.NOT_PDF);
        }
    }

    @Test
    void reportsAMissingBlobAsAFailureAndKeepsConsuming() throws Exception {
        String sha256 = "ab".repeat(32);
        DocumentReceived missing = new DocumentReceived(DocumentReceived.SCHEMA_VERSION,
                DocumentIds.fromSha256(sha256), sha256, "gone.pdf", 10, "application/pdf",
                blobRoot.toAbsolutePath().resolve("ab").resolve(sha256 + ".pdf").toUri().toString(), "upload",
                Instant.now());
        send(missing.documentId(), json.writeValueAsBytes(missing));
        DocumentReceived after = publish(Files.writeString(temp.resolve("after.pdf"), "plain text"), "after.pdf");

        try (TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED)) {
            ConsumerRecord<String, byte[]> record = failures.awaitKey(missing.documentId());
            assertFailed(record, DocumentStatus.FAILED, ErrorCode.PARSE_FAILED);
            assertThat(json.readValue(record.value(), DocumentFailed.class).message()).contains(sha256);
            assertFailed(failures.awaitKey(after.documentId()), DocumentStatus.REJECTED, ErrorCode.NOT_PDF);
        }
    }

    @Test
    void sendsUndeserialisableAndIncompleteRecordsToTheDeadLetterTopicAndKeepsConsuming() throws Exception {
        byte[] poison = "{this is not json".getBytes(StandardCharsets.UTF_8);
        send("poison-1", poison);
        send("poison-2", "{\"schemaVersion\": 1, \"filename\": \"no-id.pdf\"}".getBytes(StandardCharsets.UTF_8));
        DocumentReceived after = publish(Files.writeString(temp.resolve("next.pdf"), "still not a PDF"), "next.pdf");

        try (TopicReader deadLetters = new TopicReader(bootstrapServers, Topics.DOCUMENTS_RECEIVED + Topics.DEAD_LETTER_SUFFIX);
             TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED)) {
            ConsumerRecord<String, byte[]> dead = deadLetters.awaitKey("poison-1");
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(TopicReader.header(dead, "dead-letter-reason")).isNotBlank();
            ConsumerRecord<String, byte[]> incomplete = deadLetters.awaitKey("poison-2");
            assertThat(json.readValue(incomplete.value(), DocumentReceived.class).filename()).isEqualTo("no-id.pdf");
            assertThat(TopicReader.header(incomplete, "dead-letter-reason")).contains("documentId");
            assertFailed(failures.awaitKey(after.documentId()), DocumentStatus.REJECTED, ErrorCode.NOT_PDF);
        }
    }

    @Test
    void exposesHealthAndParseMetrics() throws Exception {
        DocumentReceived received = publish(Files.writeString(temp.resolve("counted.pdf"), "text"), "counted.pdf");
        try (TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED)) {
            failures.awaitKey(received.documentId());
        }

        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ledgerlint_documents_total{outcome=\"rejected\",reason=\""
                        + ErrorCode.NOT_PDF.code() + "\",service=\"parse-service\"}"))
                .body(containsString("ledgerlint_stage_seconds_count{service=\"parse-service\",stage=\"parse\"}"))
                .body(containsString("ledgerlint_stage_seconds_bucket{service=\"parse-service\",stage=\"parse\""));
    }

    @Test
    void logsAboutADocumentOnTheWorkerWithItsIdInTheLoggingContext() throws Exception {
        try (CapturedLog log = CapturedLog.of(DocumentReceivedConsumer.class)) {
            DocumentReceived received = publish(Files.writeString(temp.resolve("logged.pdf"), "no PDF"), "logged.pdf");

            CapturedLog.Line line = log.awaitLine(text -> text.contains(received.documentId() + " rejected"));
            assertThat(line.documentId()).isEqualTo(received.documentId());
            assertThat(line.thread()).isNotEqualTo(Thread.currentThread().getName());
        }
    }

    private void assertFailed(ConsumerRecord<String, byte[]> record, DocumentStatus status, ErrorCode code)
            throws IOException {
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.DOCUMENT_FAILED);
        DocumentFailed failed = json.readValue(record.value(), DocumentFailed.class);
        assertThat(failed.documentId()).isEqualTo(record.key());
        assertThat(failed.stage()).isEqualTo("parse");
        assertThat(failed.status()).isEqualTo(status);
        assertThat(ErrorCode.fromCode(failed.errorCode())).isEqualTo(code);
        assertThat(failed.message()).isNotBlank();
    }

    private DocumentReceived publish(Path file, String filename) throws Exception {
        return events.publish(file, filename);
    }

    private void send(String key, byte[] value) throws Exception {
        events.send(Topics.DOCUMENTS_RECEIVED, key, value);
    }
}
