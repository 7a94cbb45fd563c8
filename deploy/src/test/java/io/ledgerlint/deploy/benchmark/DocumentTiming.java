package io.ledgerlint.deploy.benchmark;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.deploy.batch.ReportedDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One document's way through the pipeline: when the benchmark dropped it, when each stage finished with it, and how
 * report-service shows it at the end.
 *
 * @param reported null when it was not done by the round's deadline
 */
record DocumentTiming(String documentId, Instant dropped, StageStamps stamps, ReportedDocument reported) {

    boolean finished() {
        return reported != null;
    }

    boolean validated() {
        return finished() && reported.status() == DocumentStatus.VALIDATED;
    }

    /** From the drop to report-service holding the findings; empty unless it was validated. */
    Optional<Duration> dropToFindings() {
        return validated() ? between(dropped, reported.updatedAt()) : Optional.empty();
    }

    /** How long {@code stage} took; empty when the document did not reach both of its ends. */
    Optional<Duration> stage(Stage stage) {
        return switch (stage) {
            case INGEST -> between(dropped, stamps.receivedAt());
            case PARSE -> between(stamps.receivedAt(), stamps.extractedAt());
            case VALIDATE -> between(stamps.extractedAt(), stamps.validatedAt());
            case REPORT -> validated() ? between(stamps.validatedAt(), reported.updatedAt()) : Optional.empty();
        };
    }

    /** When report-service recorded its end; empty when it was not done by the deadline. */
    Optional<Instant> done() {
        return finished() ? Optional.ofNullable(reported.updatedAt()) : Optional.empty();
    }

    private static Optional<Duration> between(Instant from, Instant to) {
        return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
    }
}
