package io.ledgerlint.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                         machine in the foreground; Ctrl-C stops them all
                  help   this text

                Everything the run keeps is under ./data (database, Kafka log, documents, logs/).
                Drop PDFs into ./data/inbox, or set LEDGERLINT_INBOX to watch another folder.

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
        ChildProcess exited = stack.anyChildExit().join();
        if (!stopping.get()) {
            System.err.println("[ledgerlint] " + exited.name() + " exited unexpectedly with code "
                    + exited.exitValue() + ", stopping everything. Its log: " + exited.logFile() + "\n"
                    + exited.logTail());
        }
        return 1;
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
                Press Ctrl-C to stop.

                """.formatted(stack.settings().inbox(), ingest, report, report, stack.logs(),
                stack.kafkaBootstrapServers(), stack.jdbcUrl(), LocalDatabase.USER);
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
