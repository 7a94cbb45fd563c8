package io.ledgerlint.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code data/run}: a lock held while a launcher runs on this data directory, and one pid file per child, so that the
 * next run can stop what a crashed (SIGKILLed) one left behind.
 */
final class RunDirectory implements AutoCloseable {

    private static final Duration STALE_GRACE = Duration.ofSeconds(10);

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private RunDirectory(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The operating system releases the lock when its process dies, so a held lock means a live launcher. */
    static RunDirectory claim(Path directory) {
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve("launcher.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("ledgerlint is already running on " + directory.getParent()
                        + " (lock " + directory.resolve("launcher.lock") + " is held); stop it first");
            }
            return new RunDirectory(directory, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + directory, e);
        }
    }

    Path directory() {
        return directory;
    }

    void recordPid(String name, ProcessHandle process) {
        // the start time tells our child from an unrelated process that later got the same pid
        String startedAt = process.info().startInstant().map(Instant::toString).orElse("");
        try {
            Files.writeString(pidFile(name), process.pid() + "\n" + startedAt + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + pidFile(name), e);
        }
    }

    void forgetPid(String name) {
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + pidFile(name), e);
        }
    }

    /** Stops the children of an earlier run that did not get to stop them, and a postgres still serving its data. */
    List<String> stopLeftovers(Path postgresDataDirectory) {
        List<String> stopped = new java.util.ArrayList<>();
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(directory, "*.pid")) {
            for (Path pidFile : pidFiles) {
                List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
                Optional<ProcessHandle> leftover = lines.size() < 2 || lines.get(1).isBlank() ? Optional.empty()
                        : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                                .filter(p -> p.info().startInstant().map(Instant::toString)
                                        .filter(lines.get(1).trim()::equals).isPresent());
                leftover.ifPresent(process -> {
                    Processes.terminate(process, STALE_GRACE);
                    stopped.add(pidFile.getFileName().toString().replace(".pid", "") + " (pid " + process.pid() + ")");
                });
                Files.delete(pidFile);
            }
            stalePostmaster(postgresDataDirectory).ifPresent(postmaster -> {
                Processes.terminate(postmaster, STALE_GRACE);
                stopped.add("postgres (pid " + postmaster.pid() + ")");
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the pid files in " + directory, e);
        }
        return stopped;
    }

    private static Optional<ProcessHandle> stalePostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(p -> p.info().command().filter(command -> command.endsWith("/postgres")).isPresent());
    }

    private Path pidFile(String name) {
        return directory.resolve(name + ".pid");
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not release " + directory.resolve("launcher.lock"), e);
        }
    }
}
