package io.ledgerlint.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.EventTypes;
import io.ledgerlint.domain.blob.BlobStores;
import io.ledgerlint.domain.bucket.BucketConnection;
import io.ledgerlint.ingest.IngestBucketTestResource;
import io.ledgerlint.ingest.IngestFoldersTestResource;
import io.ledgerlint.ingest.KafkaTopics;
import io.ledgerlint.ingest.TestPdfs;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The ingest bucket against a real S3-API server (S3Proxy) and a real Kafka broker. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(IngestFoldersTestResource.class)
@QuarkusTestResource(value = IngestBucketTestResource.class, restrictToAnnotatedClass = true)
class BucketWatcherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String BUCKET = IngestBucketTestResource.BUCKET;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "ledgerlint.max-upload-bytes")
    long maxUploadBytes;
    @Inject
    Config config;

    private S3Client s3;

    @BeforeEach
    void connect() {
        s3 = BucketConnection.from(key -> config.getOptionalValue(key, String.class)).open();
    }

    @AfterEach
    void disconnect() {
        s3.close();
    }

    @Test
    void aPdfPutUnderTheInboxPrefixIsAnnouncedKeptInTheBlobBucketAndMovedToProcessed() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-000");
        put("inbox/bucket-doc-000.pdf", document);

        awaitMoved("inbox/bucket-doc-000.pdf", "processed/bucket-doc-000.pdf");

        ConsumerRecord<String, byte[]> record = awaitEvent(Topics.DOCUMENTS_RECEIVED, "bucket-doc-000.pdf");
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.DOCUMENT_RECEIVED);
        JsonNode event = KafkaTopics.json(record);
        assertThat(event.path("sha256").asText()).isEqualTo(TestPdfs.sha256(document));
        assertThat(record.key()).isEqualTo(event.path("documentId").asText());
        // The claim check points into the blob bucket, and parse and report open it as ingest configured it.
        String blobUri = event.path("blobUri").asText();
        assertThat(blobUri).startsWith(IngestBucketTestResource.BLOB_ROOT + "/");
        try (InputStream blob = BlobStores.open(IngestBucketTestResource.BLOB_ROOT,
                key -> config.getOptionalValue(key, String.class)).open(URI.create(blobUri))) {
            assertThat(TestPdfs.sha256(blob)).isEqualTo(TestPdfs.sha256(document));
        }
    }

    @Test
    void anObjectThatIsNotAPdfIsAnnouncedAsRejectedAndMovedToRejected() {
        putText("inbox/bucket-notes.pdf", "meeting notes, not a PDF");

        awaitMoved("inbox/bucket-notes.pdf", "rejected/bucket-notes.pdf");

        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_FAILED, "bucket-notes.pdf"));
        assertThat(event.path("errorCode").asText()).isEqualTo(ErrorCode.NOT_PDF.code());
        assertThat(event.path("status").asText()).isEqualTo("REJECTED");
        assertThat(exists("processed/bucket-notes.pdf")).isFalse();
    }

    @Test
    void theSameBytesUnderTwoKeysAreOneDocument() {
        Path document = TestPdfs.corpusDocument("doc-000");
        put("inbox/bucket-twin-a.pdf", document);
        put("inbox/bucket-twin-b.pdf", document);

        awaitMoved("inbox/bucket-twin-a.pdf", "processed/bucket-twin-a.pdf");
        awaitMoved("inbox/bucket-twin-b.pdf", "processed/bucket-twin-b.pdf");

        JsonNode first = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_RECEIVED, "bucket-twin-a.pdf"));
        JsonNode second = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_RECEIVED, "bucket-twin-b.pdf"));
        assertThat(second.path("documentId").asText()).isEqualTo(first.path("documentId").asText());
        assertThat(second.path("blobUri").asText()).isEqualTo(first.path("blobUri").asText());
    }

    @Test
    void anObjectLeftInTheInboxBeforeTheServiceStartedIsTakenIn() throws IOException {
        String name = IngestBucketTestResource.WAITING_KEY.substring("inbox/".length());

        awaitMoved(IngestBucketTestResource.WAITING_KEY, "processed/" + name);

        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_RECEIVED, name));
        assertThat(event.path("sha256").asText())
                .isEqualTo(TestPdfs.sha256(TestPdfs.corpusDocument(IngestBucketTestResource.WAITING_DOCUMENT)));
    }

    @Test
    void anObjectOverTheSizeLimitIsRejectedWithoutBeingRead() throws IOException {
        byte[] pdfHead = Files.readAllBytes(TestPdfs.corpusDocument("doc-000"));
        byte[] oversized = Arrays.copyOf(pdfHead, (int) maxUploadBytes + 1);
        s3.putObject(request -> request.bucket(BUCKET).key("inbox/bucket-huge.pdf"), RequestBody.fromBytes(oversized));

        awaitMoved("inbox/bucket-huge.pdf", "rejected/bucket-huge.pdf");

        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_FAILED, "bucket-huge.pdf"));
        assertThat(event.path("errorCode").asText()).isEqualTo(ErrorCode.TOO_LARGE.code());
        assertThat(event.path("status").asText()).isEqualTo("REJECTED");
        // The intake hashes every byte it reads: no sha256 means the object was never fetched.
        assertThat(event.hasNonNull("sha256")).as("sha256 of an object never read").isFalse();
    }

    @Test
    void aSecondObjectOfTheSameNameDoesNotOverwriteTheFirstInProcessed() throws IOException {
        put("inbox/bucket-again.pdf", TestPdfs.corpusDocument("doc-000"));
        awaitMoved("inbox/bucket-again.pdf", "processed/bucket-again.pdf");

        put("inbox/bucket-again.pdf", TestPdfs.corpusDocument("doc-003"));
        awaitMoved("inbox/bucket-again.pdf", "processed/bucket-again-1.pdf");

        assertThat(sha256Of("processed/bucket-again.pdf"))
                .isEqualTo(TestPdfs.sha256(TestPdfs.corpusDocument("doc-000")));
        assertThat(sha256Of("processed/bucket-again-1.pdf"))
                .isEqualTo(TestPdfs.sha256(TestPdfs.corpusDocument("doc-003")));
    }

    private void put(String key, Path file) {
        s3.putObject(request -> request.bucket(BUCKET).key(key), RequestBody.fromFile(file));
    }

    private void putText(String key, String text) {
        s3.putObject(request -> request.bucket(BUCKET).key(key), RequestBody.fromString(text, StandardCharsets.UTF_8));
    }

    private boolean exists(String key) {
        try {
            s3.headObject(request -> request.bucket(BUCKET).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    /** A move is a copy, then a delete: done once the copy is there and the original gone. */
    private void awaitMoved(String from, String to) {
        await().atMost(PATIENCE).until(() -> exists(to) && !exists(from));
    }

    private String sha256Of(String key) throws IOException {
        try (InputStream in = s3.getObject(request -> request.bucket(BUCKET).key(key))) {
            return TestPdfs.sha256(in);
        }
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String topic, String filename) {
        return KafkaTopics.awaitEventFor(bootstrapServers, topic, filename);
    }
}
