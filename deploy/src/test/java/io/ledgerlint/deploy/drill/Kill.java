package io.ledgerlint.deploy.drill;

import java.time.Duration;
import java.util.Optional;

/**
 * One {@code kill -9} of the drill.
 *
 * @param target         what was killed: a service's module name or {@code kafka}
 * @param pid            the process killed
 * @param intoBatch      when, from the first drop
 * @param recoveredAfter from the kill until the launcher said the restarted process is ready again; empty if it never
 *                       did within the drill
 */
public record Kill(String target, long pid, Duration intoBatch, Optional<Duration> recoveredAfter) {
}
