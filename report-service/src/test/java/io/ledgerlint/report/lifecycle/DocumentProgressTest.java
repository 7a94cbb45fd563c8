package io.ledgerlint.report.lifecycle;

import static io.ledgerlint.contracts.events.DocumentStatus.FAILED;
import static io.ledgerlint.contracts.events.DocumentStatus.PARSED;
import static io.ledgerlint.contracts.events.DocumentStatus.RECEIVED;
import static io.ledgerlint.contracts.events.DocumentStatus.REJECTED;
import static io.ledgerlint.contracts.events.DocumentStatus.VALIDATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlint.contracts.events.DocumentStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentProgressTest {

    private static final Instant T1 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final Instant T3 = T2.plusSeconds(60);

    private static DocumentProgress replay(StatusEvent... events) {
        DocumentProgress progress = DocumentProgress.UNKNOWN;
        for (StatusEvent event : events) {
            progress = progress.apply(event);
        }
        return progress;
    }

    private static StatusEvent event(DocumentStatus status, Instant at) {
        return new StatusEvent(status, at);
    }

    @Test
    void happyPathMovesForwardThroughEveryStage() {
        DocumentProgress received = replay(event(RECEIVED, T1));
        DocumentProgress parsed = received.apply(event(PARSED, T2));
        DocumentProgress validated = parsed.apply(event(VALIDATED, T3));

        assertThat(received).isEqualTo(new DocumentProgress(RECEIVED, T1, null));
        assertThat(parsed.status()).isEqualTo(PARSED);
        assertThat(validated).isEqualTo(new DocumentProgress(VALIDATED, T1, null));
    }

    @Test
    void outOfOrderEventsNeverMoveTheStatusBackwards() {
        DocumentProgress progress = replay(event(VALIDATED, T3), event(RECEIVED, T1), event(PARSED, T2));

        assertThat(progress).isEqualTo(new DocumentProgress(VALIDATED, T1, null));
    }

    @Test
    void redeliveryChangesNothing() {
        DocumentProgress parsed = replay(event(RECEIVED, T1), event(PARSED, T2));

        assertThat(parsed.apply(event(PARSED, T2))).isEqualTo(parsed);
        assertThat(parsed.apply(event(RECEIVED, T1))).isEqualTo(parsed);
    }

    @Test
    void failureIsTerminalForLaterSuccessEvents() {
        DocumentProgress rejected = replay(event(RECEIVED, T1), event(REJECTED, T2));

        assertThat(rejected).isEqualTo(new DocumentProgress(REJECTED, T1, T2));
        assertThat(rejected.apply(event(PARSED, T3))).isEqualTo(rejected);
        assertThat(rejected.apply(event(VALIDATED, T3))).isEqualTo(rejected);
        assertThat(rejected.apply(event(FAILED, T3))).isEqualTo(rejected);
    }

    @Test
    void failureOfAnUnknownDocumentCreatesItFailed() {
        assertThat(replay(event(REJECTED, T1))).isEqualTo(new DocumentProgress(REJECTED, null, T1));
    }

    @Test
    void redeliveredSubmissionOlderThanTheFailureKeepsTheFailure() {
        DocumentProgress failed = replay(event(RECEIVED, T1), event(FAILED, T2));

        assertThat(failed.apply(event(RECEIVED, T1))).isEqualTo(failed);
    }

    @Test
    void resubmissionAfterAFailureStartsOver() {
        DocumentProgress resubmitted = replay(event(RECEIVED, T1), event(FAILED, T2), event(RECEIVED, T3));

        assertThat(resubmitted).isEqualTo(new DocumentProgress(RECEIVED, T3, null));
    }

    @Test
    void failureOlderThanTheLatestSubmissionIsStale() {
        DocumentProgress resubmitted = replay(event(RECEIVED, T1), event(FAILED, T2), event(RECEIVED, T3));

        assertThat(resubmitted.apply(event(FAILED, T2))).isEqualTo(resubmitted);
    }

    @Test
    void failureNeverOverridesASuccessfulValidation() {
        DocumentProgress validated = replay(event(RECEIVED, T1), event(VALIDATED, T2));

        assertThat(validated.apply(event(FAILED, T3))).isEqualTo(validated);
    }

    @Test
    void failedAtMustAccompanyAFailureStatus() {
        assertThatThrownBy(() -> new DocumentProgress(FAILED, T1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentProgress(PARSED, T1, T2)).isInstanceOf(IllegalArgumentException.class);
    }
}
