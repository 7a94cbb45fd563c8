package io.ledgerlint.ingest.publish;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.ingest.intake.Intake;
import io.ledgerlint.ingest.intake.IntakeResult;
import io.ledgerlint.ingest.intake.ListedFile;
import io.ledgerlint.ingest.intake.Problem;
import io.ledgerlint.ingest.intake.Source;
import io.ledgerlint.observability.DocumentLogContext;
import io.ledgerlint.observability.DocumentMetrics;
import io.ledgerlint.observability.DocumentOutcome;
import io.ledgerlint.observability.Stage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Takes a file in and announces the outcome on Kafka, returning only once the broker has acknowledged the event: a
 * caller may then answer the client or move the file away without risk of losing it.
 */
@ApplicationScoped
public class IntakePublisher {

    private final Intake intake;
    private final MutinyEmitter<Record<String, DocumentReceived>> received;
    private final MutinyEmitter<Record<String, DocumentFailed>> failed;
    private final DocumentMetrics metrics;

    IntakePublisher(Intake intake,
            @Channel("documents-received") MutinyEmitter<Record<String, DocumentReceived>> received,
            @Channel("documents-failed") MutinyEmitter<Record<String, DocumentFailed>> failed,
            MeterRegistry meters) {
        this.intake = intake;
        this.received = received;
        this.failed = failed;
        this.metrics = new DocumentMetrics(meters, Stage.INGEST);
    }

    /** Blocks until the broker acknowledged the event; throws {@link PublishFailedException} if it did not. */
    public IntakeResult receive(Path file, String filename, Source source) throws IOException {
        Timer.Sample sample = metrics.start();
        return announce(intake.receive(file, filename, source), sample);
    }

    /** {@link Intake#receiveListed}, announced like {@link #receive}. */
    public IntakeResult receiveListed(ListedFile listed, Source source) throws IOException {
        Timer.Sample sample = metrics.start();
        return announce(intake.receiveListed(listed, source), sample);
    }

    /** {@link Intake#reject}, announced like {@link #receive}. */
    public IntakeResult reject(Path file, String filename, Source source, Problem problem) throws IOException {
        Timer.Sample sample = metrics.start();
        return announce(intake.reject(file, filename, problem), sample);
    }

    private IntakeResult announce(IntakeResult result, Timer.Sample sample) {
        try (DocumentLogContext context = DocumentLogContext.open(result.documentId())) {
            if (result instanceof IntakeResult.Accepted accepted) {
                publish(received, accepted.documentId(), accepted.event());
                metrics.finished(sample, DocumentOutcome.RECEIVED, null);
            } else if (result instanceof IntakeResult.Rejected rejected) {
                publish(failed, rejected.documentId(), rejected.event());
                metrics.finished(sample, DocumentOutcome.REJECTED, rejected.code());
            }
        }
        return result;
    }

    private static <T> void publish(MutinyEmitter<Record<String, T>> emitter, String documentId, T event) {
        try {
            emitter.sendAndAwait(Record.of(documentId, event));
        } catch (RuntimeException e) {
            throw new PublishFailedException(documentId, e);
        }
    }
}
