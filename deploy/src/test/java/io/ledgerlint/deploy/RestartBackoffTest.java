package io.ledgerlint.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private final RestartBackoff backoff = RestartBackoff.DEFAULT;

    @Test
    void theDelayDoublesWithEachCrashInARowUpToTheLongest() {
        assertThat(backoff.delayAfter(1)).contains(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(2)).contains(Duration.ofSeconds(2));
        assertThat(backoff.delayAfter(5)).contains(Duration.ofSeconds(16));
        RestartBackoff patient = new RestartBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(1), 100);
        assertThat(patient.delayAfter(6)).contains(Duration.ofSeconds(30));
        assertThat(patient.delayAfter(64)).contains(Duration.ofSeconds(30));
    }

    @Test
    void afterTooManyCrashesInARowItGivesUp() {
        assertThat(backoff.delayAfter(backoff.mostInARow())).isPresent();
        assertThat(backoff.delayAfter(backoff.mostInARow() + 1)).isEqualTo(Optional.empty());
    }

    @Test
    void aHealthyRunStartsTheCountAfresh() {
        assertThat(backoff.crashesInARow(4, Duration.ofSeconds(5))).isEqualTo(5);
        assertThat(backoff.crashesInARow(4, Duration.ofMinutes(2))).isEqualTo(1);
        assertThat(backoff.crashesInARow(0, Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void aDelayIsOnlyAskedAfterACrash() {
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
