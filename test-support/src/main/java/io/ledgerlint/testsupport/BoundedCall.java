package io.ledgerlint.testsupport;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs one call on a thread of its own, with a stack of known size and time limits, and measures what it cost. For
 * fuzz cases: a stack overflow then happens at a depth that does not depend on the caller, a hang is reported instead
 * of blocking the test, and every byte the call allocates is counted on that one thread.
 *
 * <p>Two limits, because build machines are shared: CPU time, which a busy machine does not stretch, catches a call
 * that spins; wall-clock time, generous, catches one that waits forever.
 */
public final class BoundedCall {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** How often a running call's CPU time is looked at; a call that ends is noticed at once. */
    private static final long POLL_MILLIS = 20;

    /**
     * What the call did: returned {@code value}, threw {@code thrown}, or {@code overran} a limit (then it was left
     * running, and {@code cpuMillis} and {@code allocatedBytes} are what it had used by then). {@code millis} is
     * wall-clock time.
     */
    public record Result<T>(T value, Throwable thrown, boolean overran, long millis, long cpuMillis,
            long allocatedBytes) {
    }

    private BoundedCall() {
    }

    /**
     * Runs {@code call} on a new daemon thread with a {@code stackBytes} stack until it ends, uses more than
     * {@code maxCpu}, or takes longer than {@code maxWall}. A call that overruns is interrupted and left to finish on
     * its own: Java cannot stop a thread safely.
     */
    public static <T> Result<T> run(String name, long stackBytes, Duration maxCpu, Duration maxWall,
            Callable<T> call) throws InterruptedException {
        if (!THREADS.isThreadAllocatedMemoryEnabled() || !THREADS.isThreadCpuTimeEnabled()) {
            throw new IllegalStateException("this JVM does not measure allocation and CPU time per thread");
        }
        Object[] value = new Object[1];
        Throwable[] thrown = new Throwable[1];
        long[] allocated = {-1};
        long[] cpuNanos = {-1};
        Thread worker = new Thread(null, () -> {
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            try {
                value[0] = call.call();
            } catch (Throwable t) { // the point of the exercise: whatever escapes, Errors included, is reported
                thrown[0] = t;
            } finally {
                allocated[0] = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
                cpuNanos[0] = THREADS.getCurrentThreadCpuTime() - cpuBefore;
            }
        }, name, stackBytes);
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        while (true) {
            worker.join(POLL_MILLIS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!worker.isAlive()) {
                // join() orders the worker's writes before these reads.
                @SuppressWarnings("unchecked")
                T result = (T) value[0];
                return new Result<>(result, thrown[0], false, millis, cpuNanos[0] / 1_000_000, allocated[0]);
            }
            long cpu = THREADS.getThreadCpuTime(worker.getId());
            if (cpu > maxCpu.toNanos() || millis > maxWall.toMillis()) {
                worker.interrupt();
                return new Result<>(null, null, true, millis, cpu / 1_000_000,
                        THREADS.getThreadAllocatedBytes(worker.getId()));
            }
        }
    }
}
