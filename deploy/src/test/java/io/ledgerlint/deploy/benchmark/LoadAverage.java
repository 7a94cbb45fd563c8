package io.ledgerlint.deploy.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The system's load average, which says how much else was running: the figures are only comparable on a quiet
 * machine.
 */
final class LoadAverage {

    private LoadAverage() {
    }

    /** The 1-minute load average; NaN where {@code /proc/loadavg} cannot be read. */
    static double oneMinute() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
