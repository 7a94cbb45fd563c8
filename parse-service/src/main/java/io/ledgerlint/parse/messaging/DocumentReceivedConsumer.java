package io.ledgerlint.parse.messaging;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Parses each received document and announces the result: its extraction, or why it failed. A record is
 * acknowledged only once the broker has taken the outcome, so no document is lost; a record that is not a
 * DocumentReceived event is refused and lands on the dead-letter topic.
 */
@ApplicationScoped
public class DocumentReceivedConsumer {

    static final String STAGE = "parse";

    private static final Logger LOG = Logger.getLogger(DocumentReceivedConsumer.class);

    private final DocumentParser parser;
    private final BlobStore blobs;
    private final MutinyEmitter<Record<String, TablesExtracted>> extracted;
    private final MutinyEmitter<Record<String, DocumentFailed>> failed;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    DocumentReceivedConsumer(DocumentParser parser, BlobStore blobs,
            @Channel("tables-extracted") MutinyEmitter<Record<String, TablesExtracted>> extracted,
            @Channel("documents-failed") MutinyEmitter<Record<String, DocumentFailed>> failed,
            MeterRegistry meters) {
        this.parser = parser;
        this.blobs = blobs;
        this.extracted = extracted;
        this.failed = failed;
        this.meters = meters;
    }

    /**
     * Runs on the {@code parse-workers} pool, {@code ledgerlint.parse.concurrency} documents at once (parsing is
     * CPU-bound and blocking). Documents may finish out of order; a document's outcome is one record, sent before its
     * own record is acknowledged, and the throttled commit strategy commits no offset past an unacknowledged record.
     */
    @Incoming("documents-received")
    @Blocking(value = "parse-workers", ordered = false)
    public CompletionStage<Void> consume(Message<DocumentReceived> message) {
        DocumentReceived received = message.getPayload();
        if (received == null || received.documentId() == null || received.blobUri() == null) {
            return message.nack(new IllegalArgumentException(
                    "not a DocumentReceived event with a documentId and a blobUri"));
        }
        Timer.Sample sample = Timer.start(meters);
        String outcome = announce(received);
        sample.stop(meters.timer("ledgerlint.parse.duration", "outcome", outcome));
        return message.ack();
    }

    /** Parses and sends the outcome; returns the outcome's metric tag. */
    private String announce(DocumentReceived received) {
        String outcome;
        String code = "none";
        try {
            ParseOutcome result = parser.parse(received, blobs);
            if (result instanceof ParseOutcome.Parsed parsed) {
                extracted.sendAndAwait(Record.of(received.documentId(), parsed.extraction()));
                outcome = "parsed";
            } else {
                ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) result;
                code = rejected.errorCode().code();
                LOG.infof("document %s rejected: %s (%s)", received.documentId(), code, rejected.message());
                sendFailure(received, DocumentStatus.REJECTED, code, rejected.message());
                outcome = "rejected";
            }
        } catch (Exception e) {
            // A bug or an outage, not a property of the input: the document is FAILED, and the consumer goes on.
            LOG.errorf(e, "document %s could not be parsed", received.documentId());
            code = ErrorCode.PARSE_FAILED.code();
            sendFailure(received, DocumentStatus.FAILED, code, e.getClass().getSimpleName() + ": " + e.getMessage());
            outcome = "failed";
        }
        meters.counter("ledgerlint.parse.documents", "outcome", outcome, "code", code).increment();
        return outcome;
    }

    private void sendFailure(DocumentReceived received, DocumentStatus status, String code, String message) {
        failed.sendAndAwait(Record.of(received.documentId(), new DocumentFailed(DocumentFailed.SCHEMA_VERSION,
                received.documentId(), received.sha256(), received.filename(), STAGE, status, code, message,
                clock.instant())));
    }
}
