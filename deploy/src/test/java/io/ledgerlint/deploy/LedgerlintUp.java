package io.ledgerlint.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * {@code ./ledgerlint up} driven from a test or a benchmark: started the way a script starts it in the background (an
 * asynchronous command of a non-interactive shell, which inherits SIGINT ignored), on free ports, in a given work
 * directory, without building (the build that runs the caller has just made the jars); its output collected, its
 * banner read once it is ready, and everything it started found, so that a failed run can be cleaned up.
 */
public final class LedgerlintUp {

    /** Beyond the launcher's own ready timeout, after which it gives up and exits. */
    public static final Duration READY_TIMEOUT = StackSettings.DEFAULT_READY_TIMEOUT.plusMinutes(1);

    private final Process shell;
    private final Path workDirectory;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final CompletableFuture<Void> outputEnded = new CompletableFuture<>();

    private LedgerlintUp(Process shell, Path workDirectory) {
        this.shell = shell;
        this.workDirectory = workDirectory;
    }

    /**
     * {@code bash -c './ledgerlint up ... & wait'} in {@code workDirectory}, every port any free one.
     *
     * @param options more options of {@code up}, such as {@code --scale}
     */
    public static LedgerlintUp startInTheBackground(Path projectHome, Path workDirectory, String... options)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "\"$0\" up \"$@\" & wait",
                projectHome.resolve("ledgerlint").toString()));
        for (PortSetting setting : PortSetting.values()) {
            command.addAll(List.of(setting.flag(), String.valueOf(PortSetting.ANY_FREE)));
        }
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectErrorStream(true);
        // the caller's build made the jars; the script must not start another build
        builder.environment().put("LEDGERLINT_SKIP_BUILD", "1");
        builder.environment().remove("LEDGERLINT_INBOX");
        useTheBuildsJava(builder);
        LedgerlintUp run = new LedgerlintUp(builder.start(), workDirectory);
        run.readOutput();
        return run;
    }

    /**
     * Another {@code ./ledgerlint} command, run to its end in {@code workDirectory}, as a user runs it beside a running
     * {@code up}: its exit code and output.
     */
    public static CommandResult runCommand(Path projectHome, Path workDirectory, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(projectHome.resolve("ledgerlint").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true);
        useTheBuildsJava(builder);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./ledgerlint " + String.join(" ", arguments) + " did not end:\n" + output);
        }
        return new CommandResult(process.exitValue(), output);
    }

    /** What a command that ran to its end printed, and its exit code. */
    public record CommandResult(int exitCode, String output) {
    }

    /** The script runs the {@code java} on the PATH: let that be the JDK of the caller's build. */
    private static void useTheBuildsJava(ProcessBuilder builder) {
        builder.environment().merge("PATH", Path.of(System.getProperty("java.home"), "bin").toString(),
                (path, jdk) -> jdk + ":" + path);
    }

    /** Waits for the banner; fails with the output so far when the launcher exits first or takes too long. */
    public LauncherBanner awaitReady() {
        try {
            ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the launcher exited before it was ready:\n" + output, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the launcher:\n" + output, e);
        } catch (TimeoutException e) {
            throw new AssertionError("not ready within " + READY_TIMEOUT + ":\n" + output, e);
        }
        return LauncherBanner.parse(output.toString());
    }

    public String output() {
        return output.toString();
    }

    /** Everything the run keeps: {@code data/} of the work directory. */
    public Path data() {
        return workDirectory.resolve("data");
    }

    /** The shell's only child: the script, which execs the launcher's JVM. */
    public Optional<ProcessHandle> launcher() {
        return shell.toHandle().children().findFirst();
    }

    /** The launcher, its descendants, PostgreSQL and its processes (pg_ctl starts it detached from the launcher). */
    public List<ProcessHandle> launcherAndEverythingItStarted() throws IOException {
        List<ProcessHandle> processes = new ArrayList<>();
        launcher().ifPresent(launcher -> {
            processes.add(launcher);
            processes.addAll(launcher.descendants().toList());
        });
        postmaster().ifPresent(postmaster -> {
            processes.add(postmaster);
            processes.addAll(postmaster.descendants().toList());
        });
        return processes;
    }

    public Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = data().resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }

    /** {@code kill -INT}: what Ctrl-C sends ({@link ProcessHandle} can only send SIGTERM and SIGKILL). */
    public static void interrupt(ProcessHandle process) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new AssertionError("kill -INT " + process.pid() + " exited with " + exit);
        }
    }

    /** Whether the shell, and so the launcher, exited within the timeout. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return shell.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
    }

    /** Waits a while for the output to end; something may still hold it open, which the caller's checks then say. */
    public void awaitOutputEnd(Duration timeout) throws InterruptedException, ExecutionException {
        try {
            outputEnded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // still open: the caller checks what is left alive
        }
    }

    /**
     * After a failure, or to end a benchmark: the orderly stop that SIGTERM always gets, then SIGTERM and SIGKILL for
     * whatever is left.
     *
     * @param seenEarlier processes found while the launcher was alive: once their parent is gone, orphans can no
     *                    longer be found from it
     */
    public void stopWhateverIsLeft(Collection<ProcessHandle> seenEarlier, Duration stopTimeout) throws IOException {
        Set<ProcessHandle> left = new LinkedHashSet<>(seenEarlier);
        left.addAll(launcherAndEverythingItStarted());
        Optional<ProcessHandle> launcher = launcher();
        if (launcher.isPresent()) {
            Processes.terminate(launcher.get(), stopTimeout);
        }
        for (ProcessHandle process : left) {
            if (process.isAlive()) {
                System.err.println("[ledgerlint up] stopping what the run left: " + process.pid() + " "
                        + process.info().commandLine().orElse(""));
                Processes.terminate(process, Duration.ofSeconds(10));
            }
        }
        shell.destroyForcibly();
    }

    /** Copies the launcher's output and the services' logs to {@code kept}, for a look after the run. */
    public void keepLogs(Path kept) throws IOException {
        Files.createDirectories(kept);
        Files.writeString(kept.resolve("launcher.log"), output);
        Path logs = data().resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Collects the launcher's output; {@link #ready} completes at the banner's end, or fails if the output ends. */
    private void readOutput() {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))) {
                for (String next = lines.readLine(); next != null; next = lines.readLine()) {
                    output.append(next).append('\n');
                    if (next.equals(LauncherBanner.END)) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                // closed: the shell was destroyed after a failure
            } finally {
                ready.completeExceptionally(new IllegalStateException("the output ended"));
                outputEnded.complete(null);
            }
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
    }
}
