package io.ledgerlint.parse.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times tools round by round on the same documents: in every round each tool works through the whole corpus, one
 * tool after the other, and every other round the order is reversed. A busy phase of a shared machine then slows
 * the tools of a round alike instead of whichever tool happened to be timed during it, and no tool always runs
 * right after another one's garbage or JIT work.
 */
final class InterleavedRounds {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One corpus document's work for a tool. */
    @FunctionalInterface
    interface Workload {
        void run(Path folder) throws Exception;
    }

    /** A tool under measurement, as the report names it. */
    record Tool(String name, Workload workload) {
    }

    /**
     * One tool's time for the whole corpus in one round: elapsed, and spent on a CPU by the measuring thread (which
     * leaves out the time the thread waited for a core on a busy machine, and the garbage collector's threads).
     */
    record RoundTime(long wallNanos, long cpuNanos) {

        double wallPagesPerSecond(int pages) {
            return pages * 1e9 / wallNanos;
        }

        double cpuPagesPerSecond(int pages) {
            return pages * 1e9 / cpuNanos;
        }

        /** The share of the elapsed time the thread was on a CPU: well below 1 means it was waiting for one. */
        double onCpu() {
            return (double) cpuNanos / wallNanos;
        }
    }

    private InterleavedRounds() {
    }

    /** Runs {@code warmUp} untimed rounds, then {@code timed} rounds; per tool (in the given order), its times. */
    static Map<Tool, List<RoundTime>> run(List<Tool> tools, List<Path> documents, int warmUp, int timed)
            throws Exception {
        enableCpuTime();
        Map<Tool, List<RoundTime>> times = new LinkedHashMap<>();
        tools.forEach(tool -> times.put(tool, new ArrayList<>()));
        List<Tool> reversed = new ArrayList<>(tools);
        Collections.reverse(reversed);
        for (int round = 0; round < warmUp + timed; round++) {
            for (Tool tool : round % 2 == 0 ? tools : reversed) {
                RoundTime time = time(tool.workload(), documents);
                if (round >= warmUp) {
                    times.get(tool).add(time);
                }
            }
        }
        return times;
    }

    private static RoundTime time(Workload workload, List<Path> documents) throws Exception {
        // Collect the previous tool's garbage now, so that this tool's time does not include it.
        System.gc();
        long wallStart = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (Path folder : documents) {
            workload.run(folder);
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return new RoundTime(System.nanoTime() - wallStart, cpu);
    }

    private static void enableCpuTime() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        }
        THREADS.setThreadCpuTimeEnabled(true);
    }
}
