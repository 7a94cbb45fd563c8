package io.ledgerlint.parse.messaging;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.observability.DocumentLogContext;
import io.ledgerlint.observability.DocumentMetrics;
import io.ledgerlint.observability.DocumentOutcome;
import io.ledgerlint.observability.Stage;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Parses each received document and announces the result: its extraction, or why it failed. A record is
 * acknowledged only once the broker has taken the outcome, so no document is lost; a record that is not a
 * DocumentReceived event is refused and lands on the dead-letter topic.
 *
 * <p>One document never stops the consumer: a spent budget, and an {@link OutOfMemoryError} or
 * {@link StackOverflowError} while handling it (its own size: the stack has unwound and what it built is garbage),
 * end it FAILED {@code resource-limit}. When the process cannot go on (another such error while reporting one, or
 * another {@link VirtualMachineError}), it exits with {@link #EXIT_UNRECOVERABLE} for its supervisor to restart it,
 * leaving the record unacknowledged; every start of a document is counted first ({@link ParseAttempts}), so one that
 * keeps taking the service down ends FAILED after {@code ledgerlint.parse.max-attempts} starts without being parsed
 * again.
 */
@ApplicationScoped
public class DocumentReceivedConsumer {

    static final String STAGE = "parse";
    /** The exit code when the process cannot recover: EX_SOFTWARE. */
    static final int EXIT_UNRECOVERABLE = 70;

    private static final Logger LOG = Logger.getLogger(DocumentReceivedConsumer.class);

    private final DocumentParser parser;
    private final BlobStore blobs;
    private final MutinyEmitter<Record<String, TablesExtracted>> extracted;
    private final MutinyEmitter<Record<String, DocumentFailed>> failed;
    private final DocumentMetrics metrics;
    private final ParseAttempts attempts;
    private final int maxAttempts;
    private final ProcessExit processExit;
    private final Clock clock = Clock.systemUTC();

    DocumentReceivedConsumer(DocumentParser parser, BlobStore blobs,
            @Channel("tables-extracted") MutinyEmitter<Record<String, TablesExtracted>> extracted,
            @Channel("documents-failed") MutinyEmitter<Record<String, DocumentFailed>> failed,
            MeterRegistry meters, ParseAttempts attempts,
            @ConfigProperty(name = "ledgerlint.parse.max-attempts") int maxAttempts, ProcessExit processExit) {
        this.parser = parser;
        this.blobs = blobs;
        this.extracted = extracted;
        this.failed = failed;
        this.metrics = new DocumentMetrics(meters, Stage.PARSE);
        this.attempts = attempts;
        this.maxAttempts = maxAttempts;
        this.processExit = processExit;
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
        // this worker thread does the whole document's work, so its log lines all carry the id, and the record's
        // trace is made current on it (the parse-workers pool does not carry it over), so the outcome continues it
        Context trace = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext)
                .orElseGet(Context::current);
        try (Scope traced = trace.makeCurrent();
                DocumentLogContext context = DocumentLogContext.open(received.documentId())) {
            Timer.Sample sample = metrics.start();
            Outcome outcome = announce(received);
            metrics.finished(sample, outcome.outcome(), outcome.reason());
        } catch (VirtualMachineError e) {
            LOG.fatalf(e, "document %s left the service unable to go on; exiting", received.documentId());
            processExit.exit(EXIT_UNRECOVERABLE);
            // never acknowledged: the record is redelivered after the restart, where its attempts are counted
            return new CompletableFuture<>();
        }
        return message.ack();
    }

    /** What became of a document, for the metrics: the outcome, and the error code unless it was extracted. */
    private record Outcome(DocumentOutcome outcome, ErrorCode reason) {
    }

    /** Counts the attempt, parses and sends the outcome. */
    private Outcome announce(DocumentReceived received) {
        String documentId = received.documentId();
        try {
            int attempt = attempts.start(documentId);
            Outcome outcome = attempt > maxAttempts ? abandon(received, attempt - 1) : parse(received);
            attempts.finished(documentId);
            return outcome;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // The document's size, not the service's state: the stack has unwound past everything it built. Another
            // such error while reporting it propagates, and the process exits.
            String exhausted = e instanceof OutOfMemoryError ? "memory" : "stack";
            LOG.errorf(e, "document %s ran the service out of %s", documentId, exhausted);
            Outcome outcome = resourceLimit(received,
                    "parsing the document ran the service out of " + exhausted + " (" + e + ")");
            attempts.finished(documentId);
            return outcome;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            // A bug or an outage, not a property of the input: the document is FAILED, and the consumer goes on.
            LOG.errorf(e, "document %s could not be parsed", documentId);
            sendFailure(received, DocumentStatus.FAILED, ErrorCode.PARSE_FAILED.code(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            attempts.finished(documentId);
            return new Outcome(DocumentOutcome.FAILED, ErrorCode.PARSE_FAILED);
        }
    }

    private Outcome parse(DocumentReceived received) throws IOException {
        ParseOutcome result = parser.parse(received, blobs);
        if (result instanceof ParseOutcome.Parsed parsed) {
            extracted.sendAndAwait(Record.of(received.documentId(), parsed.extraction()));
            return new Outcome(DocumentOutcome.EXTRACTED, null);
        }
        if (result instanceof ParseOutcome.OverBudget over) {
            LOG.warnf("document %s stopped: %s", received.documentId(), over.message());
            return resourceLimit(received, over.message());
        }
        ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) result;
        String code = rejected.errorCode().code();
        LOG.infof("document %s rejected: %s (%s)", received.documentId(), code, rejected.message());
        sendFailure(received, DocumentStatus.REJECTED, code, rejected.message());
        return new Outcome(DocumentOutcome.REJECTED, rejected.errorCode());
    }

    /** The document was started {@code starts} times, and each time the service stopped before it had an outcome. */
    private Outcome abandon(DocumentReceived received, int starts) {
        LOG.warnf("document %s was started %d times without an outcome; not parsed again", received.documentId(),
                starts);
        return resourceLimit(received, "parsing the document was started " + starts
                + " times and each time stopped the service; it is not attempted again");
    }

    private Outcome resourceLimit(DocumentReceived received, String message) {
        sendFailure(received, DocumentStatus.FAILED, ErrorCode.RESOURCE_LIMIT.code(), message);
        return new Outcome(DocumentOutcome.FAILED, ErrorCode.RESOURCE_LIMIT);
    }

    private void sendFailure(DocumentReceived received, DocumentStatus status, String code, String message) {
        failed.sendAndAwait(Record.of(received.documentId(), new DocumentFailed(DocumentFailed.SCHEMA_VERSION,
                received.documentId(), received.sha256(), received.filename(), STAGE, status, code, message,
                clock.instant())));
    }
}
