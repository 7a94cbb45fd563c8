package io.ledgerlint.deploy.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Samples the resident set size ({@code VmRSS} of {@code /proc/<pid>/status}) of groups of processes a few times a
 * second and keeps each group's peak. A group's processes are summed: for PostgreSQL, whose backends share memory,
 * that counts shared buffers once per process, so it overstates.
 */
final class RssSampler implements AutoCloseable {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private final Map<String, Supplier<List<ProcessHandle>>> groups;
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private RssSampler(Map<String, Supplier<List<ProcessHandle>>> groups) {
        this.groups = groups;
        this.sampler = new Thread(this::sampleUntilClosed, "rss-sampler");
        sampler.setDaemon(true);
    }

    static RssSampler start(Map<String, Supplier<List<ProcessHandle>>> groups) {
        RssSampler rss = new RssSampler(groups);
        rss.sampler.start();
        return rss;
    }

    /** Each group's peak so far, in the groups' order. */
    List<PeakRss> peaks() {
        List<PeakRss> result = new ArrayList<>();
        groups.keySet().forEach(name -> result.add(new PeakRss(name, peaks.getOrDefault(name, 0L))));
        return result;
    }

    private void sampleUntilClosed() {
        while (running) {
            groups.forEach((name, processes) -> {
                long kib = processes.get().stream().mapToLong(RssSampler::residentKib).sum();
                peaks.merge(name, kib, Math::max);
            });
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** 0 for a process that is gone or whose status cannot be read. */
    private static long residentKib(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    // "VmRSS:     123456 kB"
                    return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").trim());
                }
            }
        } catch (IOException e) {
            // exited between the listing and the read
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join(INTERVAL.multipliedBy(10).toMillis());
    }
}
