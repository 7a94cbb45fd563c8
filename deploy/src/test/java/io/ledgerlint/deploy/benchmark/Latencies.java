package io.ledgerlint.deploy.benchmark;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * A spread of durations, one per document.
 *
 * @param count how many documents it covers (those that reached both ends of the interval)
 */
record Latencies(int count, Duration p50, Duration p95, Duration max) {

    static Latencies of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return new Latencies(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }
        List<Duration> sorted = durations.stream().sorted(Comparator.naturalOrder()).toList();
        return new Latencies(sorted.size(), nearestRank(sorted, 50), nearestRank(sorted, 95),
                sorted.get(sorted.size() - 1));
    }

    /** The nearest-rank percentile: a duration one document really had, never an interpolation. */
    private static Duration nearestRank(List<Duration> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
