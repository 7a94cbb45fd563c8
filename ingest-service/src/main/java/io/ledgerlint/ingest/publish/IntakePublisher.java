package io.ledgerlint.ingest.publish;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.ingest.intake.Intake;
import io.ledgerlint.ingest.intake.IntakeResult;
import io.ledgerlint.ingest.intake.ListedFile;
import io.ledgerlint.ingest.intake.Problem;
import io.ledgerlint.ingest.intake.Source;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final MeterRegistry meters;

    IntakePublisher(Intake intake,
            @Channel("documents-received") MutinyEmitter<Record<String, DocumentReceived>> received,
            @Channel("documents-failed") MutinyEmitter<Record<String, DocumentFailed>> failed,
            MeterRegistry meters) {
        this.intake = intake;
        this.received = received;
        this.failed = failed;
        this.meters = meters;
    }

    /** Blocks until the broker acknowledged the event; throws {@link PublishFailedException} if it did not. */
    public IntakeResult receive(Path file, String filename, Source source) throws IOException {
        return announce(intake.receive(file, filename, source), source);
    }

    /** {@link Intake#receiveListed}, announced like {@link #receive}. */
    public IntakeResult receiveListed(ListedFile listed, Source source) throws IOException {
        return announce(intake.receiveListed(listed, source), source);
    }

    /** {@link Intake#reject}, announced like {@link #receive}. */
    public IntakeResult reject(Path file, String filename, Source source, Problem problem) throws IOException {
        return announce(intake.reject(file, filename, problem), source);
    }

    private IntakeResult announce(IntakeResult result, Source source) {
        if (result instanceof IntakeResult.Accepted accepted) {
            publish(received, accepted.documentId(), accepted.event());
            count(source, "accepted", "none");
        } else if (result instanceof IntakeResult.Rejected rejected) {
            publish(failed, rejected.documentId(), rejected.event());
            count(source, "rejected", rejected.code().code());
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

    private void count(Source source, String outcome, String code) {
        meters.counter("ledgerlint.ingest.documents", "source", source.wireName(), "outcome", outcome, "code", code)
                .increment();
    }
}
