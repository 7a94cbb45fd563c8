package io.ledgerlint.testsupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where one thread's time and allocation go while it does some work: a JDK Flight Recorder recording of the work
 * (execution samples and allocation samples, with the JDK's own {@code jdk.jfr}: no agent, no dependency), read back
 * and summarised as Markdown tables. Only the samples of the thread that ran the work count, not those of the JIT
 * compiler, the garbage collector or JFR itself. Benchmarks profile after their timed rounds, never during them.
 */
public final class JfrProfile {

    private static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";
    private static final String ALLOCATION_SAMPLE = "jdk.ObjectAllocationSample";
    private static final double KIB = 1024;

    /** The work to profile; it runs on the calling thread. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * How densely to sample.
     *
     * @param executionPeriod            time between two execution samples of the thread
     * @param allocationSamplesPerSecond JFR's throttle for allocation samples, an upper bound: JFR samples where the
     *                                   thread takes a new allocation buffer (TLAB) or allocates outside one, and each
     *                                   sample weighs the bytes the thread allocated since the one before
     */
    public record Sampling(Duration executionPeriod, int allocationSamplesPerSecond) {
    }

    /**
     * The code a profile is read for: the frames that explain a cost, rather than the JDK methods they call.
     *
     * @param name     how the tables name it, e.g. "ledgerlint or PDFBox"
     * @param packages the prefixes of its class names
     */
    public record Code(String name, List<String> packages) {

        public boolean contains(Frame frame) {
            return packages.stream().anyMatch(frame.type()::startsWith);
        }

        /** The frame of this code nearest the top of {@code stack} (top frame first), if there is one. */
        public Optional<Frame> nearest(List<Frame> stack) {
            return stack.stream().filter(this::contains).findFirst();
        }
    }

    /** A method on a sampled stack. */
    public record Frame(String type, String method) {

        /** For tables: type and method, without the {@code org.apache.} or {@code io.ledgerlint.} of long names. */
        public String label() {
            return type.replaceFirst("^(org\\.apache|io\\.ledgerlint)\\.", "") + "." + method;
        }
    }

    /** One allocation sample; {@code stack} has its top frame first. */
    private record Allocation(String objectClass, long weight, List<Frame> stack) {
    }

    private final Sampling sampling;
    /** Each execution sample's stack, top frame first. */
    private final List<List<Frame>> executionStacks;
    private final int truncatedStacks;
    private final List<Allocation> allocations;
    private final long allocatedBytes;

    private JfrProfile(Sampling sampling, List<List<Frame>> executionStacks, int truncatedStacks,
            List<Allocation> allocations, long allocatedBytes) {
        this.sampling = sampling;
        this.executionStacks = executionStacks;
        this.truncatedStacks = truncatedStacks;
        this.allocations = allocations;
        this.allocatedBytes = allocatedBytes;
    }

    /**
     * Runs {@code work} on this thread inside a recording, dumps the recording to {@code file} (to be opened in JDK
     * Mission Control as well) and reads this thread's samples back from it.
     */
    public static JfrProfile record(Path file, Sampling sampling, Work work) throws Exception {
        // The thread's allocation counter is exact; the samples' weights only estimate the same total.
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated;
        try (Recording recording = new Recording()) {
            recording.enable(EXECUTION_SAMPLE).withPeriod(sampling.executionPeriod());
            recording.enable(ALLOCATION_SAMPLE).with("throttle", sampling.allocationSamplesPerSecond() + "/s");
            recording.start();
            long before = threads.getCurrentThreadAllocatedBytes();
            work.run();
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
            recording.stop();
            Files.createDirectories(file.toAbsolutePath().getParent());
            recording.dump(file);
        }
        return read(file, Thread.currentThread().getId(), sampling, allocated);
    }

    private static JfrProfile read(Path file, long threadId, Sampling sampling, long allocatedBytes)
            throws IOException {
        List<List<Frame>> stacks = new ArrayList<>();
        int truncated = 0;
        List<RecordedEvent> allocationEvents = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (type.equals(EXECUTION_SAMPLE) && isThread(event.getThread("sampledThread"), threadId)) {
                stacks.add(frames(event.getStackTrace()));
                truncated += event.getStackTrace() != null && event.getStackTrace().isTruncated() ? 1 : 0;
            } else if (type.equals(ALLOCATION_SAMPLE) && isThread(event.getThread(), threadId)) {
                allocationEvents.add(event);
            }
        }
        // A sample weighs what the thread allocated since its previous sample; the first one's weight reaches back
        // before the recording started (all of the warm-up), so it is left out.
        List<Allocation> allocations = allocationEvents.stream()
                .sorted(Comparator.comparing(RecordedEvent::getStartTime)).skip(1)
                .map(event -> new Allocation(javaName(event.getClass("objectClass").getName()), event.getLong("weight"),
                        frames(event.getStackTrace())))
                .toList();
        return new JfrProfile(sampling, stacks, truncated, allocations, allocatedBytes);
    }

    /** JFR names array classes as the JVM does ({@code [B}, {@code [[Ljava.lang.String;}): as Java does here. */
    private static String javaName(String jvmName) {
        int dimensions = 0;
        while (jvmName.charAt(dimensions) == '[') {
            dimensions++;
        }
        if (dimensions == 0) {
            return jvmName;
        }
        String element = switch (jvmName.charAt(dimensions)) {
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            case 'Z' -> "boolean";
            default -> jvmName.substring(dimensions + 1, jvmName.length() - 1); // L<class name>;
        };
        return element + "[]".repeat(dimensions);
    }

    private static boolean isThread(RecordedThread thread, long id) {
        return thread != null && thread.getJavaThreadId() == id;
    }

    private static List<Frame> frames(RecordedStackTrace stack) {
        if (stack == null) {
            return List.of();
        }
        return stack.getFrames().stream().filter(RecordedFrame::isJavaFrame)
                .map(frame -> new Frame(frame.getMethod().getType().getName(), frame.getMethod().getName()))
                .toList();
    }

    public int executionSamples() {
        return executionStacks.size();
    }

    public int allocationSamples() {
        return allocations.size();
    }

    /** Bytes the thread allocated during the work, from its allocation counter (exact, unlike the samples). */
    public long allocatedBytes() {
        return allocatedBytes;
    }

    /** "N execution samples (every P ms; T stacks cut off at JFR's stack depth), M allocation samples". */
    public String samplesDescription() {
        return String.format(Locale.ROOT, "%d execution samples (every %d ms; %d of the stacks cut off at JFR's"
                        + " stack depth), %d allocation samples", executionSamples(),
                sampling.executionPeriod().toMillis(), truncatedStacks, allocationSamples());
    }

    /** The share of the execution samples whose stack (top frame first) satisfies {@code stack}. */
    public double executionShare(Predicate<List<Frame>> stack) {
        return executionStacks.isEmpty() ? 0
                : (double) executionStacks.stream().filter(stack).count() / executionStacks.size();
    }

    /**
     * The {@code rows} methods of {@code code} that most often run when sampled: either on top of the stack or
     * nearest to it under JDK methods they called (collections, strings, parsing numbers), which count as theirs.
     */
    public String hottestMethods(int rows, Code code) {
        Map<String, List<List<Frame>>> byMethod = executionStacks.stream()
                .collect(Collectors.groupingBy(stack -> nearest(stack, code)));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """
                | %s method (with the JDK methods it called) | samples | share | JDK method on top, most often |
                |---|---:|---:|---|
                """, code.name()));
        byMethod.entrySet().stream().sorted(bySize()).limit(rows).forEach(method -> {
            List<List<Frame>> inJdk = method.getValue().stream()
                    .filter(stack -> !stack.isEmpty() && !code.contains(stack.get(0))).toList();
            table.append(String.format(Locale.ROOT, "| `%s` | %d | %s | %s |%n", method.getKey(),
                    method.getValue().size(), percent(method.getValue().size(), executionStacks.size()),
                    inJdk.isEmpty() ? "–" : "`" + mostFrequent(inJdk, stack -> stack.get(0).label()) + "`"));
        });
        return table.toString();
    }

    /**
     * "A KiB per {@code unit}, from the thread's allocation counter (the samples' weights: B KiB)": the work's
     * allocation divided over the {@code units} it handled.
     */
    public String allocationPer(int units, String unit) {
        long sampled = allocations.stream().mapToLong(Allocation::weight).sum();
        return String.format(Locale.ROOT, "%s KiB per %s, from the thread's allocation counter (the allocation"
                        + " samples' weights add up to %s KiB per %s)", kib(allocatedBytes, units), unit,
                kib(sampled, units), unit);
    }

    /**
     * The {@code rows} sites that allocate the most: the frame of {@code code} nearest the top of an allocation
     * sample's stack, with the class of the object allocated; by the samples' weights, per {@code unit}.
     */
    public String allocationSites(int rows, Code code, int units, String unit) {
        long total = allocations.stream().mapToLong(Allocation::weight).sum();
        Map<List<String>, Long> bySite = allocations.stream().collect(Collectors.groupingBy(
                allocation -> List.of(nearest(allocation.stack(), code), allocation.objectClass()),
                LinkedHashMap::new, Collectors.summingLong(Allocation::weight)));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """
                | allocated in (%s code nearest the top) | object | KiB per %s | share of the bytes |
                |---|---|---:|---:|
                """, code.name(), unit));
        bySite.entrySet().stream().sorted(Map.Entry.<List<String>, Long>comparingByValue().reversed()).limit(rows)
                .forEach(site -> table.append(String.format(Locale.ROOT, "| `%s` | `%s` | %s | %s |%n",
                        site.getKey().get(0), site.getKey().get(1), kib(site.getValue(), units),
                        percent(site.getValue(), total))));
        return table.toString();
    }

    /** The label of the frame of {@code code} nearest the top of {@code stack}. */
    private static String nearest(List<Frame> stack, Code code) {
        return code.nearest(stack).map(Frame::label)
                .orElse("(none: " + code.name() + " code not on the stack)");
    }

    private static <T> String mostFrequent(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    private static <K, V> Comparator<Map.Entry<K, List<V>>> bySize() {
        return Comparator.comparingInt((Map.Entry<K, List<V>> entry) -> entry.getValue().size()).reversed();
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private static String kib(long bytes, int units) {
        return String.format(Locale.ROOT, "%.1f", bytes / KIB / units);
    }
}
