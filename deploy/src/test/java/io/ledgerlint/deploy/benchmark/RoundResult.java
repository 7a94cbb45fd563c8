package io.ledgerlint.deploy.benchmark;

import io.ledgerlint.contracts.events.DocumentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What one round measured.
 *
 * @param name            {@code burst} or {@code steady}
 * @param pace            how the documents were dropped, for the reader ({@code all at once}, {@code 2/s})
 * @param loadAverage     the 1-minute load average when the round started: how busy the machine was besides
 * @param documents       how many were dropped
 * @param pages           the pages of the documents that were parsed
 * @param wallClock       from the first drop to the last document done
 * @param statuses        how many ended in each terminal status; documents not done by the deadline are not counted
 * @param dropToFindings  from each validated document's drop to report-service holding its findings
 * @param stages          each stage's share of that way
 * @param peaks           each process's peak resident set during the round
 */
record RoundResult(String name, String pace, double loadAverage, int documents, long pages, Duration wallClock,
        Map<DocumentStatus, Long> statuses, Latencies dropToFindings, Map<Stage, Latencies> stages,
        List<PeakRss> peaks) {

    static RoundResult of(String name, String pace, double loadAverage, List<DocumentTiming> timings,
            List<PeakRss> peaks) {
        Instant firstDrop = timings.stream().map(DocumentTiming::dropped).min(Instant::compareTo).orElseThrow();
        Instant lastDone = timings.stream().flatMap(timing -> timing.done().stream()).max(Instant::compareTo)
                .orElse(firstDrop);
        Map<DocumentStatus, Long> statuses = new TreeMap<>();
        timings.stream().filter(DocumentTiming::finished)
                .forEach(timing -> statuses.merge(timing.reported().status(), 1L, Long::sum));
        long pages = timings.stream().mapToLong(timing -> timing.stamps().pageCount()).sum();
        Map<Stage, Latencies> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, spread(timings, timing -> timing.stage(stage)));
        }
        return new RoundResult(name, pace, loadAverage, timings.size(), pages, Duration.between(firstDrop, lastDone),
                statuses, spread(timings, DocumentTiming::dropToFindings), stages, peaks);
    }

    private static Latencies spread(List<DocumentTiming> timings, Function<DocumentTiming, Optional<Duration>> of) {
        return Latencies.of(timings.stream().flatMap(timing -> of.apply(timing).stream()).toList());
    }

    /** Documents that reached a terminal status by the deadline. */
    long finished() {
        return statuses.values().stream().mapToLong(Long::longValue).sum();
    }

    double documentsPerSecond() {
        return perSecond(finished());
    }

    double pagesPerSecond() {
        return perSecond(pages);
    }

    private double perSecond(long count) {
        return wallClock.isZero() ? 0 : count / (wallClock.toMillis() / 1000.0);
    }
}
