package io.ledgerlint.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.EventTypes;
import io.ledgerlint.ingest.IngestFoldersTestResource;
import io.ledgerlint.ingest.KafkaTopics;
import io.ledgerlint.ingest.TestPdfs;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(IngestFoldersTestResource.class)
class InboxWatcherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "ledgerlint.inbox")
    Path inbox;
    @ConfigProperty(name = "ledgerlint.processed")
    Path processed;
    @ConfigProperty(name = "ledgerlint.rejected")
    Path rejected;
    @ConfigProperty(name = "ledgerlint.inbox-poll-interval")
    Duration pollInterval;

    @Test
    void aPdfDroppedInTheInboxIsAnnouncedAndMovedToProcessed() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-000");
        Files.copy(document, inbox.resolve("inbox-doc-000.pdf"));

        await().atMost(PATIENCE).until(() -> Files.exists(processed.resolve("inbox-doc-000.pdf")));

        assertThat(inbox.resolve("inbox-doc-000.pdf")).doesNotExist();
        ConsumerRecord<String, byte[]> record = awaitEvent(Topics.DOCUMENTS_RECEIVED, "inbox-doc-000.pdf");
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.DOCUMENT_RECEIVED);
        JsonNode event = KafkaTopics.json(record);
        assertThat(event.path("source").asText()).isEqualTo("inbox");
        assertThat(event.path("sha256").asText()).isEqualTo(TestPdfs.sha256(document));
        assertThat(record.key()).isEqualTo(event.path("documentId").asText());
    }

    @Test
    void aFileThatIsNotAPdfIsAnnouncedAsRejectedAndMovedToRejected() throws IOException {
        Files.writeString(inbox.resolve("inbox-notes.pdf"), "meeting notes, not a PDF");

        await().atMost(PATIENCE).until(() -> Files.exists(rejected.resolve("inbox-notes.pdf")));

        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_FAILED, "inbox-notes.pdf"));
        assertThat(event.path("errorCode").asText()).isEqualTo(ErrorCode.NOT_PDF.code());
        assertThat(event.path("status").asText()).isEqualTo("REJECTED");
        assertThat(processed.resolve("inbox-notes.pdf")).doesNotExist();
    }

    @Test
    void aSecondFileOfTheSameNameDoesNotOverwriteTheFirst() throws IOException {
        Files.copy(TestPdfs.corpusDocument("doc-000"), inbox.resolve("inbox-twice.pdf"));
        await().atMost(PATIENCE).until(() -> Files.exists(processed.resolve("inbox-twice.pdf")));

        Files.copy(TestPdfs.corpusDocument("doc-003"), inbox.resolve("inbox-twice.pdf"));
        await().atMost(PATIENCE).until(() -> Files.exists(processed.resolve("inbox-twice-1.pdf")));

        assertThat(TestPdfs.sha256(processed.resolve("inbox-twice.pdf")))
                .isEqualTo(TestPdfs.sha256(TestPdfs.corpusDocument("doc-000")));
        assertThat(TestPdfs.sha256(processed.resolve("inbox-twice-1.pdf")))
                .isEqualTo(TestPdfs.sha256(TestPdfs.corpusDocument("doc-003")));
    }

    @Test
    void aFileWrittenSlowlyIsTakenOnlyOnceItIsComplete() throws Exception {
        Path document = TestPdfs.corpusDocument("doc-003");
        byte[] bytes = Files.readAllBytes(document);
        Path arriving = inbox.resolve("inbox-slow.pdf");
        int chunks = 4;

        try (OutputStream writer = Files.newOutputStream(arriving)) {
            for (int chunk = 0; chunk < chunks; chunk++) {
                int from = bytes.length * chunk / chunks;
                writer.write(bytes, from, bytes.length * (chunk + 1) / chunks - from);
                writer.flush();
                // Several polls see the file standing still while its writer keeps it open.
                Thread.sleep(pollInterval.multipliedBy(5).toMillis());
                assertThat(arriving).as("still being written after chunk %d", chunk + 1).exists();
                assertThat(processed.resolve("inbox-slow.pdf")).doesNotExist();
                assertThat(rejected.resolve("inbox-slow.pdf")).doesNotExist();
            }
        }

        await().atMost(PATIENCE).until(() -> Files.exists(processed.resolve("inbox-slow.pdf")));
        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_RECEIVED, "inbox-slow.pdf"));
        assertThat(event.path("sha256").asText()).isEqualTo(TestPdfs.sha256(document));
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String topic, String filename) {
        return KafkaTopics.awaitEventFor(bootstrapServers, topic, filename);
    }
}
