package io.ledgerlint.deploy.benchmark;

import io.ledgerlint.deploy.LauncherBanner;
import io.ledgerlint.deploy.LedgerlintUp;
import io.ledgerlint.deploy.batch.CorpusPdfs;
import io.ledgerlint.deploy.batch.InboxDrops;
import io.ledgerlint.deploy.batch.ReportService;
import io.ledgerlint.deploy.batch.StackProcesses;
import io.ledgerlint.testsupport.MarkdownSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The end-to-end benchmark: {@code ./ledgerlint up}, the corpus dropped into its inbox once as a burst and once at a
 * steady rate, each document followed to its terminal status; throughput, latency (overall and per stage, from the
 * events' timestamps) and each process's peak memory, printed and written into docs/benchmarks.md ("End to end").
 * Run by {@code ./mvnw -q -pl deploy -am -Pe2e-benchmark -DskipTests verify}; see {@link BenchmarkSettings}.
 */
public final class EndToEndBenchmark {

    /** The launcher's grace periods before it kills bound its stop. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    private EndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        CorpusPdfs corpus = CorpusPdfs.under(settings.corpus(), settings.limit());
        Files.createDirectories(settings.workRoot());
        Path workDirectory = Files.createTempDirectory(settings.workRoot(), "run-");
        System.out.printf("[benchmark] %d PDFs; starting ./ledgerlint up in %s ...%n", corpus.size(), workDirectory);

        LedgerlintUp run = LedgerlintUp.startInTheBackground(settings.projectHome(), workDirectory);
        List<ProcessHandle> started = new ArrayList<>();
        List<RoundResult> rounds;
        try {
            LauncherBanner banner = run.awaitReady();
            started.addAll(run.launcherAndEverythingItStarted());
            rounds = runRounds(settings, corpus, run, banner, workDirectory);
        } finally {
            stop(run, started);
            run.keepLogs(settings.logs());
        }
        // the run's database, Kafka log and blobs take some 50 MB per round; its logs are kept
        deleteRecursively(workDirectory);

        RunDescription description = new RunDescription(BenchmarkSettings.COMMAND, LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), corpus.size(),
                settings.rate());
        String section = EndToEndReport.markdown(description, rounds);
        System.out.println(section);
        String document = Files.exists(settings.output()) ? Files.readString(settings.output()) : "";
        Files.writeString(settings.output(), MarkdownSection.replace(document, EndToEndReport.HEADING, section));
        System.out.println("[benchmark] written to " + settings.output());
    }

    private static List<RoundResult> runRounds(BenchmarkSettings settings, CorpusPdfs corpus, LedgerlintUp run,
            LauncherBanner banner, Path workDirectory) throws IOException, InterruptedException {
        InboxDrops drops = new InboxDrops(banner.inbox(), workDirectory.resolve("staging"));
        try (StageEvents events = new StageEvents(banner.kafkaBootstrapServers())) {
            Round round = new Round(events, new ReportService(banner.reportUrl()), StackProcesses.of(run),
                    settings.roundTimeout());
            List<RoundResult> rounds = new ArrayList<>();
            System.out.println("[benchmark] burst: dropping all at once ...");
            rounds.add(round.run("burst", "all at once", corpus.markedFor("burst"), drops::burst));
            String rate = RunDescription.perSecond(settings.rate());
            System.out.println("[benchmark] steady: dropping " + rate + " ...");
            rounds.add(round.run("steady", rate, corpus.markedFor("steady"),
                    submissions -> drops.steady(submissions, settings.rate())));
            return rounds;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** As Ctrl-C would, then whatever is left the hard way. */
    private static void stop(LedgerlintUp run, List<ProcessHandle> started) throws IOException, InterruptedException {
        started.addAll(run.launcherAndEverythingItStarted());
        if (run.launcher().isPresent()) {
            LedgerlintUp.interrupt(run.launcher().get());
            run.awaitExit(STOP_TIMEOUT);
        }
        run.stopWhateverIsLeft(started, STOP_TIMEOUT);
    }
}
