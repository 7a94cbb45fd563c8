package io.ledgerlint.report.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeWindowTest {

    static final Instant SINCE = Instant.parse("2024-05-01T10:00:00Z");
    static final Instant HORIZON = Instant.parse("2024-05-01T11:00:00Z");
    static final Instant T1 = SINCE.plusSeconds(1);
    static final Instant T2 = SINCE.plusSeconds(2);
    static final Instant T3 = SINCE.plusSeconds(3);

    @Test
    void aCompletePageMovesTheCursorUpToTheHorizon() {
        ChangeWindow window = ChangeWindow.of(SINCE, HORIZON, 10, List.of(T1, T2));
        assertThat(window.hasMore()).isFalse();
        assertThat(window.next()).isEqualTo(Instant.parse("2024-05-01T10:59:59.999999Z"));
        assertThat(window.upTo()).isEqualTo(window.next());
    }

    @Test
    void aFullPageEndsAtTheLimitthChangeAndKeepsItsInstantTogether() {
        ChangeWindow window = ChangeWindow.of(SINCE, HORIZON, 2, List.of(T1, T2, T2));
        assertThat(window.hasMore()).isTrue();
        assertThat(window.upTo()).isEqualTo(T2);
        assertThat(window.next()).isEqualTo(T2);

        assertThat(ChangeWindow.of(SINCE, HORIZON, 2, List.of(T1, T2, T3)).next()).isEqualTo(T2);
    }

    @Test
    void theCursorNeverMovesBack() {
        Instant horizonBeforeSince = SINCE.minusSeconds(5);
        assertThat(ChangeWindow.of(SINCE, horizonBeforeSince, 10, List.of()).next()).isEqualTo(SINCE);
    }
}
