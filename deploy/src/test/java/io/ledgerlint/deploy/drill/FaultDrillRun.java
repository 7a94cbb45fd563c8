package io.ledgerlint.deploy.drill;

import io.ledgerlint.deploy.LauncherBanner;
import io.ledgerlint.deploy.LedgerlintUp;
import io.ledgerlint.deploy.batch.CorpusPdfs;
import io.ledgerlint.deploy.batch.StackProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fault drill as one command, {@value #COMMAND}: starts {@code ./ledgerlint up}, runs {@link FaultDrill} over 200
 * documents killing each service and the broker in turn, prints the outcome and writes it to docs/fault-drill.md.
 * {@code -Ddrill.documents=}, {@code -Ddrill.rate=}, {@code -Ddrill.targets=parse-service,kafka} and
 * {@code -Ddrill.timeout-minutes=} override the defaults. Exits with 1 when the drill fails.
 */
public final class FaultDrillRun {

    static final String COMMAND = "./mvnw -q -pl deploy -am -Pfault-drill -DskipTests verify";

    private static final String ALL_TARGETS = "ingest-service,parse-service,validate-service,report-service,"
            + StackProcesses.KAFKA;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    private FaultDrillRun() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("ledgerlint.home", "..")).toAbsolutePath().normalize();
        int documents = Integer.getInteger("drill.documents", 200);
        double rate = Double.parseDouble(System.getProperty("drill.rate", "2"));
        List<String> targets = Arrays.asList(System.getProperty("drill.targets", ALL_TARGETS).split(","));
        Duration timeout = Duration.ofMinutes(Long.getLong("drill.timeout-minutes", 20));
        Path output = Path.of(System.getProperty("drill.output", home.resolve("docs/fault-drill.md").toString()));
        Path workRoot = Files.createDirectories(home.resolve("deploy/target/fault-drill"));
        Path workDirectory = Files.createTempDirectory(workRoot, "run-");

        CorpusPdfs corpus = CorpusPdfs.under(home.resolve("corpus"), Integer.MAX_VALUE);
        System.out.printf("[drill] %d documents at %s/s, killing %s; starting ./ledgerlint up in %s ...%n",
                documents, rate, targets, workDirectory);
        LedgerlintUp run = LedgerlintUp.startInTheBackground(home, workDirectory);
        List<ProcessHandle> started = new ArrayList<>();
        DrillResult result;
        try {
            LauncherBanner banner = run.awaitReady();
            started.addAll(run.launcherAndEverythingItStarted());
            FaultDrill drill = new FaultDrill(run, banner, workDirectory.resolve("staging"));
            result = drill.run(corpus.markedFor("drill", documents), rate, targets, timeout);
        } finally {
            started.addAll(run.launcherAndEverythingItStarted());
            if (run.launcher().isPresent()) {
                LedgerlintUp.interrupt(run.launcher().get());
                run.awaitExit(STOP_TIMEOUT);
            }
            run.stopWhateverIsLeft(started, STOP_TIMEOUT);
            run.keepLogs(workRoot.resolve("logs"));
        }
        String report = DrillReport.markdown(COMMAND, LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                rate, result);
        System.out.println(report);
        Files.writeString(output, report);
        System.out.println("[drill] written to " + output + "; logs in " + workRoot.resolve("logs"));
        System.exit(result.passed() ? 0 : 1);
    }
}
