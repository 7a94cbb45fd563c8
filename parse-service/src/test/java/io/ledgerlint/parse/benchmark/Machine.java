package io.ledgerlint.parse.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * When and on what the timing ran, and how busy the machine was: printed with the results, because times are only
 * comparable within one run.
 *
 * @param jvmOptions the JVM's -X options (heap size), which the benchmark profile fixes
 */
record Machine(LocalDate date, int cores, String java, String vm, List<String> jvmOptions, double loadAtStart,
        double loadAtEnd) {

    /** The system load average over the last minute, negative where the platform does not tell. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** This machine now, with the load average that was measured when the timing started. */
    static Machine now(double loadAtStart) {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-X")).toList();
        return new Machine(LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), options, loadAtStart,
                loadAverage());
    }

    /** "2 cores, Java … (VM, options …); system load average … when the timing started and … when it ended". */
    String describe() {
        return String.format(Locale.ROOT,
                "%d cores, Java %s (%s, options %s); system load average %s when the timing started and %s"
                        + " when it ended",
                cores, java, vm, jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions), load(loadAtStart),
                load(loadAtEnd));
    }

    private static String load(double average) {
        return average < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", average);
    }
}
