package io.ledgerlint.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A process the launcher started: output appended to a log file, pid recorded so that a crashed run can be cleaned up. */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final RunDirectory runDirectory;
    private final Instant started = Instant.now();

    private ChildProcess(String name, Process process, Path logFile, RunDirectory runDirectory) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.runDirectory = runDirectory;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
            Path logFile, RunDirectory runDirectory) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            runDirectory.recordPid(name, process.toHandle());
            return new ChildProcess(name, process, logFile, runDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Since it was started: asked as it exits, how long it ran. */
    Duration runningFor() {
        return Duration.between(started, Instant.now());
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Waits for a short-lived command and fails with its log when it does not succeed. */
    void awaitSuccess(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw new IllegalStateException(name + " did not finish within " + timeout + "\n" + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Duration.ofSeconds(5));
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
        runDirectory.forgetPid(name);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + process.exitValue() + "\n" + logTail());
        }
    }

    /** Asks the process to stop (SIGTERM), kills it after the grace period, and kills whatever it started. */
    void stop(Duration grace) {
        Processes.terminate(process.toHandle(), grace);
        runDirectory.forgetPid(name);
    }

    String logTail() {
        return Processes.tail(logFile, 40);
    }
}
