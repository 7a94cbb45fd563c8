package io.ledgerlint.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerlint.testsupport.JfrProfile.Code;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile finds the method that burns the CPU and the one that allocates, with the bytes it allocated. */
class JfrProfileTest {

    private static final int CHUNKS = 64;
    private static final int CHUNK_BYTES = 1 << 20;
    private static final long SPIN_CPU_NANOS = 300_000_000L;
    private static final Code THIS_TEST = new Code("this test", List.of(JfrProfileTest.class.getName()));

    /** Written so that the JIT cannot drop the allocations or the arithmetic. */
    private static volatile byte[] lastChunk;
    private static long sum;

    @Test
    void findsTheBusyMethodAndTheAllocatingOne(@TempDir Path folder) throws Exception {
        Path recording = folder.resolve("profile.jfr");
        JfrProfile profile = JfrProfile.record(recording, new JfrProfile.Sampling(Duration.ofMillis(1), 10_000),
                () -> {
                    allocateChunks();
                    spin();
                });

        assertTrue(Files.size(recording) > 0, "the recording is kept");
        assertTrue(profile.allocatedBytes() >= (long) CHUNKS * CHUNK_BYTES, profile.allocationPer(1, "run"));
        String sites = profile.allocationSites(1, THIS_TEST, 1, "run");
        assertTrue(sites.contains("| `testsupport.JfrProfileTest.allocateChunks` | `byte[]` |"), sites);
        String methods = profile.hottestMethods(1, THIS_TEST);
        assertTrue(methods.contains("| `testsupport.JfrProfileTest.spin` |"), methods);
        double spinning = profile.executionShare(stack -> stack.stream().anyMatch(f -> f.method().equals("spin")));
        assertTrue(spinning > 0.5, profile.samplesDescription() + "; spin: " + spinning);
    }

    private static void allocateChunks() {
        for (int i = 0; i < CHUNKS; i++) {
            lastChunk = new byte[CHUNK_BYTES];
        }
    }

    /** Busy on the CPU for a fixed CPU time, however long a busy machine makes it wait. */
    private static void spin() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + SPIN_CPU_NANOS;
        while (threads.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                sum += i * 31L ^ sum;
            }
        }
    }
}
