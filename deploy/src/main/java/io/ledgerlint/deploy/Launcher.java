package io.ledgerlint.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/** {@code ./ledgerlint up}: the whole pipeline in the foreground until Ctrl-C. */
public final class Launcher {

    /** SIGINT is signal 2: bit 1 of the signal masks in {@code /proc/<pid>/status}. */
    private static final long SIGINT_MASK = 1L << 1;

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        String command = arguments.isEmpty() ? "help" : arguments.get(0);
        switch (command) {
            case "up" -> System.exit(up(arguments.subList(1, arguments.size())));
            case "replay" -> System.exit(replay(arguments.subList(1, arguments.size())));
            case "help", "--help", "-h" -> System.out.print(help());
            default -> {
                System.err.println("unknown command: " + command);
                System.err.print(help());
                System.exit(2);
            }
        }
    }

    static String help() {
        StringBuilder text = new StringBuilder("""
                Usage: ./ledgerlint <command>

                  up     build what is missing, then run PostgreSQL, a Kafka broker and the four services on this
                         machine in the foreground; a service or the broker that crashes is started again (after
                         1 s, doubling up to 30 s; after 5 crashes in a row everything stops); Ctrl-C stops them all
                  replay <topic>.dlq [--bootstrap-servers host:port]
                         send the records of a dead-letter topic back to their topic, once the cause is fixed
                         (the broker: KAFKA_BOOTSTRAP_SERVERS, else the local run's under ./data, else localhost:9092)
                  help   this text

                Everything the run keeps is under ./data (database, Kafka log, documents, logs/).
                Drop PDFs into ./data/inbox, or set LEDGERLINT_INBOX to watch another folder.

                An ingest bucket: --bucket (or LEDGERLINT_BUCKET=1) also runs an S3-compatible server (S3Proxy,
                data/s3) with the bucket "ledgerlint": PDFs put under inbox/ are taken in, and the services keep the
                blobs under blobs/ instead of data/blobs.

                Scale out: --scale parse-service=2,validate-service=2 (or LEDGERLINT_SCALE) runs copies of the
                consuming services in one consumer group; Kafka splits the topics' partitions between them.

                Ports (flag or environment variable; a taken port is replaced by the next free one):
                """);
        for (PortSetting setting : PortSetting.values()) {
            text.append(String.format("  %-19s %-26s default %d%n", setting.flag() + " N",
                    setting.environmentVariable(), setting.defaultPort()));
        }
        return text.toString();
    }

    private static int up(List<String> arguments) {
        StackSettings settings;
        try {
            settings = StackSettings.fromCommandLine(projectHome(), Path.of("").toAbsolutePath(), System.getenv(),
                    arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(help());
            return 2;
        }
        if (interruptIgnored()) {
            System.out.println("[ledgerlint] SIGINT is ignored (started as a background job without ./ledgerlint?):"
                    + " Ctrl-C and kill -INT cannot stop this run, kill " + ProcessHandle.current().pid() + " can");
        }
        LocalStack stack = new LocalStack(settings, message -> System.out.println("[ledgerlint] " + message));
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("[ledgerlint] Stopping ...");
            stack.close();
            System.out.println("[ledgerlint] Stopped.");
        }, "ledgerlint-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            if (!stopping.get()) {
                System.err.println("[ledgerlint] Could not start: " + e.getMessage());
            }
            return 1;
        }
        System.out.print(banner(stack));
        Optional<ChildProcess> keptCrashing = stack.superviseUntilClosed();
        if (keptCrashing.isPresent() && !stopping.get()) {
            ChildProcess child = keptCrashing.get();
            System.err.println("[ledgerlint] " + child.name() + " kept crashing (last exit code " + child.exitValue()
                    + "), stopping everything. Its log: " + child.logFile() + "\n" + child.logTail());
        }
        return 1;
    }

    private static int replay(List<String> arguments) {
        if (arguments.size() != 1 && !(arguments.size() == 3 && arguments.get(1).equals("--bootstrap-servers"))) {
            System.err.println("usage: ./ledgerlint replay <topic>.dlq [--bootstrap-servers host:port]");
            return 2;
        }
        String bootstrapServers = arguments.size() == 3 ? arguments.get(2) : localBootstrapServers();
        try {
            DeadLetterReplay.Outcome outcome = DeadLetterReplay.replay(bootstrapServers, arguments.get(0));
            String origin = arguments.get(0).substring(0, arguments.get(0).lastIndexOf('.'));
            System.out.println("[ledgerlint] replayed " + outcome.replayed() + " record(s) from " + arguments.get(0)
                    + " to " + origin + " on " + bootstrapServers + "; " + outcome.sameRecordAgain()
                    + " more were the same records, dead-lettered by another consumer group");
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("[ledgerlint] " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("[ledgerlint] could not replay " + arguments.get(0) + " on " + bootstrapServers + ": "
                    + e.getMessage());
            return 1;
        }
    }

    /** The broker of {@code KAFKA_BOOTSTRAP_SERVERS}, else of the local run under {@code ./data}, else the default. */
    private static String localBootstrapServers() {
        String configured = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return LocalKafka.advertisedBy(Path.of("data", "run")).orElse("localhost:" + PortSetting.KAFKA.defaultPort());
    }

    /**
     * Whether this process inherited SIGINT ignored, as a background job of a non-interactive shell does. The JVM then
     * installs no handler for it, and {@code sun.misc.Signal} cannot either: the {@code ledgerlint} script resets it
     * before starting the JVM, a launcher started otherwise can only say so.
     */
    private static boolean interruptIgnored() {
        try (Stream<String> status = Files.lines(Path.of("/proc/self/status"))) {
            return status.filter(line -> line.startsWith("SigIgn:"))
                    .anyMatch(line -> (Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16)
                            & SIGINT_MASK) != 0);
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return false;
        }
    }

    private static String banner(LocalStack stack) {
        String ingest = stack.url(Service.INGEST);
        String report = stack.url(Service.REPORT);
        return """

                ledgerlint is running.
                  Drop PDFs into  %s
                  or upload       curl -H 'Content-Type: application/pdf' -H 'X-Filename: a.pdf' \\
                                       --data-binary @a.pdf %s/api/documents
                  Reports         %s/api/documents  (each document's report: %s/documents/<documentId>)
                  Logs            %s
                  Kafka %s, PostgreSQL %s (user %s)
                %sPress Ctrl-C to stop.

                """.formatted(stack.settings().inbox(), ingest, report, report, stack.logs(),
                stack.kafkaBootstrapServers(), stack.jdbcUrl(), LocalDatabase.USER,
                stack.bucketEndpoint().map(Launcher::bucketLine).orElse(""));
    }

    private static String bucketLine(String endpoint) {
        return "  Bucket inbox    s3://%s/inbox/ at %s (access key %s, secret %s)%n".formatted(LocalBucket.BUCKET,
                endpoint, LocalBucket.ACCESS_KEY, LocalBucket.SECRET_KEY);
    }

    /** The checkout: given by the {@code ledgerlint} script, else found from this jar in {@code deploy/target}. */
    private static Path projectHome() {
        String configured = System.getProperty("ledgerlint.home");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the launcher jar", e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
