package io.ledgerlint.parse.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.parse.budget.Budget;
import io.ledgerlint.parse.corpus.Corpus;
import io.ledgerlint.testsupport.BlobRootTestResource;
import io.ledgerlint.testsupport.HostileDocuments;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The service against a real broker with documents that cost too much: one never holds up the documents behind it,
 * one that runs the service out of memory ends FAILED and the consumer goes on, one after which the JVM is not to be
 * trusted makes the service ask to exit (and is counted, for the start after the restart), and one that was started as
 * often as it may be ends FAILED without being parsed again.
 */
@QuarkusTest
@TestProfile(CostlyDocumentsProfile.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(BlobRootTestResource.class)
class CostlyDocumentsTest extends RunningServiceTest {

    @ConfigProperty(name = "ledgerlint.parse.max-attempts")
    int maxAttempts;

    @ConfigProperty(name = "ledgerlint.parse.attempts-topic")
    String attemptsTopic;

    @Inject
    RecordedExit exit;

    @Test
    void extractsTheDocumentBehindACostlyOneWhileTheCostlyOneRunsUntilItsWallTime() throws Exception {
        // 40^5 forms of three glyphs each: many minutes of work
        Path costly = HostileDocuments.nestedForms(temp.resolve("slow.pdf"), 6, 40);
        DocumentReceived slow = events.publish(costly, "slow.pdf");
        DocumentReceived valid = events.publish(Corpus.pdf(Corpus.document("doc-003")), "doc-003.pdf");

        try (TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED);
             TopicReader extracted = new TopicReader(bootstrapServers, Topics.TABLES_EXTRACTED)) {
            ConsumerRecord<String, byte[]> extraction = extracted.awaitKey(valid.documentId());
            ConsumerRecord<String, byte[]> record = failures.awaitKey(slow.documentId());

            assertThat(extraction.timestamp()).as("extracted before the costly document sent first ended")
                    .isLessThan(record.timestamp());
            DocumentFailed failed = assertFailed(record, ErrorCode.RESOURCE_LIMIT);
            assertThat(failed.message()).contains(Budget.WALL_TIME_MILLIS.code() + " budget of "
                    + CostlyDocumentsProfile.WALL_TIME_SECONDS * 1000);
        }
    }

    @Test
    void endsADocumentThatRunsTheServiceOutOfMemoryFailedAndConsumesTheNextOne() throws Exception {
        Path hungry = textPdf(temp.resolve("hungry.pdf"), TablesFailingOnDemand.OUT_OF_MEMORY + " accounts of the year");
        DocumentReceived oom = events.publish(hungry, "hungry.pdf");
        DocumentReceived next = events.publish(Files.writeString(temp.resolve("next.pdf"), "not a PDF"), "next.pdf");

        try (TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED)) {
            DocumentFailed failed = assertFailed(failures.awaitKey(oom.documentId()), ErrorCode.RESOURCE_LIMIT);
            assertThat(failed.message()).contains("out of memory").contains("OutOfMemoryError");
            DocumentFailed rejected = json.readValue(failures.awaitKey(next.documentId()).value(),
                    DocumentFailed.class);
            assertThat(ErrorCode.fromCode(rejected.errorCode())).isEqualTo(ErrorCode.NOT_PDF);
        }
    }

    @Test
    void asksToExitWhenAnErrorLeavesTheServiceUnableToGoOnWithTheStartCountedAndTheRecordUnacknowledged()
            throws Exception {
        Path broken = textPdf(temp.resolve("broken.pdf"), TablesFailingOnDemand.UNRECOVERABLE + " accounts of the year");
        DocumentReceived fatal = events.publish(broken, "broken.pdf");

        await().atMost(Duration.ofSeconds(60)).until(() -> exit.requested().contains(
                DocumentReceivedConsumer.EXIT_UNRECOVERABLE));
        DocumentReceived after = events.publish(Files.writeString(temp.resolve("after.pdf"), "not a PDF"), "after.pdf");
        try (TopicReader attempts = new TopicReader(bootstrapServers, attemptsTopic);
             TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED)) {
            // counted before it was parsed, and not forgotten: the start after the restart is the second
            attempts.awaitKey(fatal.documentId());
            assertThat(attempts.withKey(fatal.documentId())).extracting(record -> record.value() == null ? null
                    : new String(record.value(), StandardCharsets.UTF_8)).containsExactly("1");
            failures.awaitKey(after.documentId());
            assertThat(failures.withKey(fatal.documentId())).as("no outcome: the record waits for the next start")
                    .isEmpty();
        }
    }

    @Test
    void endsADocumentStartedAsOftenAsItMayBeFailedWithoutParsingItAndForgetsTheCount() throws Exception {
        Path pdf = Corpus.pdf(Corpus.document("doc-003"));
        String documentId = DocumentIds.fromSha256(ReceivedEvents.sha256(pdf));
        // as if another replica had started it that often and gone down each time
        events.send(attemptsTopic, documentId, Integer.toString(maxAttempts).getBytes(StandardCharsets.UTF_8));

        events.publish(pdf, "crashes.pdf");
        try (TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED)) {
            DocumentFailed failed = assertFailed(failures.awaitKey(documentId), ErrorCode.RESOURCE_LIMIT);
            assertThat(failed.message()).contains("started " + maxAttempts + " times");
        }

        // its count was dropped with its outcome: sent again, it is parsed
        events.publish(pdf, "again.pdf");
        try (TopicReader extracted = new TopicReader(bootstrapServers, Topics.TABLES_EXTRACTED)) {
            assertThat(extracted.awaitKey(documentId).key()).isEqualTo(documentId);
        }
    }

    private DocumentFailed assertFailed(ConsumerRecord<String, byte[]> record, ErrorCode code) throws IOException {
        DocumentFailed failed = json.readValue(record.value(), DocumentFailed.class);
        assertThat(failed.stage()).isEqualTo("parse");
        assertThat(failed.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(ErrorCode.fromCode(failed.errorCode())).isEqualTo(code);
        return failed;
    }

    /** A page with {@code line} ten times over: enough characters to read as a text layer. */
    private static Path textPdf(Path target, String line) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 700);
                for (int i = 0; i < 10; i++) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            document.save(target.toFile());
        }
        return target;
    }
}
