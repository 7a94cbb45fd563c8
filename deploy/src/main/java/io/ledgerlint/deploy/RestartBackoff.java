package io.ledgerlint.deploy;

import java.time.Duration;
import java.util.Optional;

/**
 * When a crashed child is started again: after 1 s, then twice as long after each crash in a row, at most 30 s; a child
 * that ran a minute before it crashed starts the count afresh. After five crashes in a row it is not started again:
 * a service that cannot stay up would otherwise restart forever while its documents wait.
 */
record RestartBackoff(Duration first, Duration longest, Duration healthyRun, int mostInARow) {

    static final RestartBackoff DEFAULT = new RestartBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofMinutes(1), 5);

    /**
     * @param crashesInARow crashes so far without a healthy run between them, this one included
     * @return how long to wait before the next start, or empty to give up
     */
    Optional<Duration> delayAfter(int crashesInARow) {
        if (crashesInARow < 1) {
            throw new IllegalArgumentException("a delay is asked after a crash: " + crashesInARow);
        }
        if (crashesInARow > mostInARow) {
            return Optional.empty();
        }
        int doublings = Math.min(crashesInARow - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(longest) > 0 ? longest : delay);
    }

    /** The crash count after a child that ran for {@code ranFor} crashed, given the count before. */
    int crashesInARow(int before, Duration ranFor) {
        return ranFor.compareTo(healthyRun) >= 0 ? 1 : before + 1;
    }
}
