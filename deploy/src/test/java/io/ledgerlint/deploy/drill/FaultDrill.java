package io.ledgerlint.deploy.drill;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.deploy.LauncherBanner;
import io.ledgerlint.deploy.LedgerlintUp;
import io.ledgerlint.deploy.batch.InboxDrops;
import io.ledgerlint.deploy.batch.ReportService;
import io.ledgerlint.deploy.batch.StackProcesses;
import io.ledgerlint.deploy.batch.Submission;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault drill on a running {@code ./ledgerlint up}: documents are dropped into the inbox at a steady rate and, spread
 * evenly over the batch, each target (a service or the broker) is killed with SIGKILL, as a crash or the kernel's
 * out-of-memory killer would. The launcher starts it again; the drill then checks, from report-service and from the
 * topics, that every document reached exactly one terminal state, that no finding was stored twice, and how long
 * each recovery took.
 */
public final class FaultDrill {

    private static final Duration RECOVERY_POLL = Duration.ofMillis(100);

    private final LedgerlintUp run;
    private final LauncherBanner banner;
    private final InboxDrops drops;
    private final ReportService report;

    public FaultDrill(LedgerlintUp run, LauncherBanner banner, Path staging) throws IOException {
        this.run = run;
        this.banner = banner;
        this.drops = new InboxDrops(banner.inbox(), staging);
        this.report = new ReportService(banner.reportUrl());
    }

    /**
     * @param targets what to kill, in order: service module names or {@link StackProcesses#KAFKA}
     * @param timeout how long the documents may take from the first drop
     */
    public DrillResult run(List<Submission> submissions, double perSecond, List<String> targets, Duration timeout)
            throws IOException, InterruptedException {
        Duration dropping = Duration.ofMillis(Math.round(submissions.size() * 1000 / perSecond));
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<Kill>> kills = new ArrayList<>();
        Instant start = Instant.now();
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            Duration at = dropping.multipliedBy(i + 1).dividedBy(targets.size() + 1);
            CompletableFuture<Kill> kill = new CompletableFuture<>();
            killer.schedule(() -> {
                try {
                    kill.complete(kill(target, start, timeout));
                } catch (RuntimeException e) {
                    kill.completeExceptionally(e);
                }
            }, at.toMillis(), TimeUnit.MILLISECONDS);
            kills.add(kill);
        }
        Map<String, Instant> dropped = drops.steady(submissions, perSecond);
        Set<String> notDone = report.awaitTerminal(dropped.keySet(), start.plus(timeout));
        Duration took = Duration.between(start, Instant.now());
        List<Kill> done = new ArrayList<>();
        for (CompletableFuture<Kill> kill : kills) {
            done.add(kill.join());
        }
        killer.shutdown();
        return check(dropped.keySet(), notDone, done, took);
    }

    /** Runs on the killer's thread: kills the target's current process, then waits for the launcher to recover it. */
    private Kill kill(String target, Instant start, Duration timeout) {
        ProcessHandle process = StackProcesses.child(run, target)
                .orElseThrow(() -> new IllegalStateException("no process runs " + target + ":\n" + run.output()));
        int readyBefore = readyAgainLines(target);
        Instant killed = Instant.now();
        process.destroyForcibly();
        System.out.printf("[drill] kill -9 %s (pid %d) %d s into the batch%n", target, process.pid(),
                Duration.between(start, killed).toSeconds());
        Instant giveUp = start.plus(timeout);
        while (readyAgainLines(target) == readyBefore && Instant.now().isBefore(giveUp)) {
            sleep(RECOVERY_POLL);
        }
        Optional<Duration> recovered = readyAgainLines(target) > readyBefore
                ? Optional.of(Duration.between(killed, Instant.now())) : Optional.empty();
        return new Kill(target, process.pid(), Duration.between(start, killed), recovered);
    }

    private int readyAgainLines(String target) {
        Matcher matcher = Pattern.compile("^\\[ledgerlint] " + Pattern.quote(target) + " is ready again",
                Pattern.MULTILINE).matcher(run.output());
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private DrillResult check(Set<String> ids, Set<String> notDone, List<Kill> kills, Duration took)
            throws IOException, InterruptedException {
        TerminalEvents events = TerminalEvents.read(banner.kafkaBootstrapServers());
        Map<DocumentStatus, Integer> statuses = new EnumMap<>(DocumentStatus.class);
        List<String> twoStates = new ArrayList<>();
        List<String> storedTwice = new ArrayList<>();
        int deliveredAgain = 0;
        for (String id : ids) {
            if (notDone.contains(id)) {
                continue;
            }
            DocumentStatus status = report.document(id).status();
            statuses.merge(status, 1, Integer::sum);
            if (events.contradicts(id)) {
                twoStates.add(id);
            }
            if (events.deliveredAgain(id)) {
                deliveredAgain++;
            }
            if (status == DocumentStatus.VALIDATED && !storedAsPublished(id, events)) {
                storedTwice.add(id);
            }
        }
        return new DrillResult(ids.size(), statuses, List.copyOf(notDone), twoStates, storedTwice, deliveredAgain,
                kills, took);
    }

    /**
     * The stored findings are exactly one findings event's worth: as many as the event carried (each delivery of it
     * carries the same findings), and no finding twice.
     */
    private boolean storedAsPublished(String id, TerminalEvents events) throws IOException, InterruptedException {
        JsonNode stored = report.findings(id);
        List<Integer> published = events.findingsCounts().getOrDefault(id, List.of());
        Set<String> distinct = new HashSet<>();
        stored.forEach(finding -> distinct.add(finding.toString()));
        return !published.isEmpty() && published.stream().allMatch(count -> count == stored.size())
                && distinct.size() == stored.size();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
