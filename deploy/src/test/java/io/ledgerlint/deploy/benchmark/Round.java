package io.ledgerlint.deploy.benchmark;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.deploy.batch.ReportService;
import io.ledgerlint.deploy.batch.ReportedDocument;
import io.ledgerlint.deploy.batch.Submission;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** One round: drop the documents one way, wait until all are done, and put together what the pipeline recorded. */
final class Round {

    /** How the documents enter: their drop times, by document id. */
    @FunctionalInterface
    interface Dropping {
        Map<String, Instant> drop(List<Submission> submissions) throws IOException, InterruptedException;
    }

    private static final Duration EVENTS_CATCH_UP = Duration.ofSeconds(10);

    private final StageEvents events;
    private final ReportService report;
    private final Map<String, Supplier<List<ProcessHandle>>> processes;
    private final Duration timeout;

    /** @param timeout how long a round's documents may take, from the first drop, before the round gives up on them */
    Round(StageEvents events, ReportService report, Map<String, Supplier<List<ProcessHandle>>> processes,
            Duration timeout) {
        this.events = events;
        this.report = report;
        this.processes = processes;
        this.timeout = timeout;
    }

    RoundResult run(String name, String pace, List<Submission> submissions, Dropping dropping)
            throws IOException, InterruptedException {
        double loadAverage = LoadAverage.oneMinute();
        Map<String, Instant> dropped;
        Set<String> notDone;
        List<PeakRss> peaks;
        try (RssSampler rss = RssSampler.start(processes)) {
            Instant deadline = Instant.now().plus(timeout);
            dropped = dropping.drop(submissions);
            notDone = report.awaitTerminal(dropped.keySet(), deadline);
            peaks = rss.peaks();
        }
        if (!notDone.isEmpty()) {
            System.err.printf("[benchmark] %s: %d documents not done within %s%n", name, notDone.size(), timeout);
        }
        Map<String, ReportedDocument> reported = new LinkedHashMap<>();
        for (String id : dropped.keySet()) {
            if (!notDone.contains(id)) {
                reported.put(id, report.document(id));
            }
        }
        awaitOwnCopyOfTheEvents(reported);
        List<DocumentTiming> timings = new ArrayList<>();
        dropped.forEach((id, at) -> timings.add(new DocumentTiming(id, at, events.of(id), reported.get(id))));
        return RoundResult.of(name, pace, loadAverage, timings, peaks);
    }

    /**
     * The benchmark reads the events on its own, a little behind report-service: gives it a moment to have seen the
     * findings of every document report-service shows validated.
     */
    private void awaitOwnCopyOfTheEvents(Map<String, ReportedDocument> reported) throws InterruptedException {
        Instant giveUp = Instant.now().plus(EVENTS_CATCH_UP);
        for (Map.Entry<String, ReportedDocument> document : reported.entrySet()) {
            while (document.getValue().status() == DocumentStatus.VALIDATED
                    && events.of(document.getKey()).validatedAt() == null && Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
            }
        }
    }
}
