package io.ledgerlint.testsupport;

import io.ledgerlint.testsupport.PdfMutants.Mutant;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fuzz test of whatever reads PDFs: mutants of seed PDFs ({@link PdfMutants}) through the reader under test, each
 * on a {@link BoundedCall}, with a summary of the run. The test decides what its reader's answers mean
 * ({@link Verdict}) and asserts on the results. A case follows from its seed alone: {@code -Dfuzz.seed=<seed>}
 * replays that case; {@code -Dfuzz.cases=<n>} and {@code -Dfuzz.run-seed=<n>} run other cases.
 *
 * @param <T> what the reader answers
 */
public final class PdfFuzzRun<T> {

    /** Whether this run replays one case ({@code -Dfuzz.seed}) rather than running many and summing them up. */
    public static final boolean REPLAYING = System.getProperty("fuzz.seed") != null;

    private static final int CASES = Integer.getInteger("fuzz.cases", 1000);
    private static final long RUN_SEED = Long.getLong("fuzz.run-seed", 8281551271L);
    /** Cases run this many at a time (each on its own thread, measured alone): the two cores of the build machine. */
    private static final int LANES = Math.min(2, Runtime.getRuntime().availableProcessors());
    /** Failures listed by {@link #describe}; the count says how many there were in all. */
    private static final int FAILURES_SHOWN = 20;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** One PDF to read, and what made it. */
    public record Case(long seed, String source, String kind, String mutation, byte[] bytes) {

        public String description() {
            return "seed=" + seed + " " + source + " " + mutation;
        }
    }

    /**
     * What the reader's answer to a case means: {@code outcome}, e.g. "parsed" or "rejected not-pdf", grouped in the
     * summary; the rejection's {@code message}, or null; a rule the answer broke ({@code failure}), or null.
     */
    public record Verdict(String outcome, String message, String failure) {
    }

    /** {@code failure}: which rule the case broke, or null. */
    public record CaseResult(long seed, String kind, String description, String outcome, String message,
            String failure, long millis, long cpuMillis, long allocatedBytes) {
    }

    /**
     * What one case may cost: the reader runs on a thread with a {@code stackBytes} stack, and a case fails if it
     * takes more than {@code maxCpu} (spinning) or {@code maxWall} (waiting), or allocates more than
     * {@code maxAllocatedBytes} over its life.
     */
    public record Bounds(long stackBytes, Duration maxCpu, Duration maxWall, long maxAllocatedBytes) {
    }

    /** Reads one case; may throw anything, which is then the case's failure. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Case fuzzCase) throws Exception;
    }

    private final String name;
    private final Path summaryFile;
    private final String replayCommand;
    private final Bounds bounds;
    private final Reader<T> reader;
    private final Function<T, Verdict> verdict;
    private final List<CaseResult> unmutated = new ArrayList<>();

    /**
     * @param name          names the run in its summary, e.g. "parse fuzz"
     * @param summaryFile   where the summary is written, besides standard output
     * @param replayCommand the Maven command that runs this test, to which {@code -Dfuzz.seed=<seed>} is added
     * @param verdict       what a returned (non-null) answer means
     */
    public PdfFuzzRun(String name, Path summaryFile, String replayCommand, Bounds bounds, Reader<T> reader,
            Function<T, Verdict> verdict) {
        this.name = name;
        this.summaryFile = summaryFile;
        this.replayCommand = replayCommand;
        this.bounds = bounds;
        this.reader = reader;
        this.verdict = verdict;
    }

    /**
     * Reads a seed as it is, which the test expects to succeed: otherwise every mutant's rejection would prove
     * nothing. This also loads every class the reader needs before a case can overflow the stack in a static
     * initialiser. The summary lists what each seed cost.
     */
    public CaseResult runUnmutated(FuzzSeed seed) throws InterruptedException {
        CaseResult result = run(new Case(0, seed.name(), "unmutated", "unmutated", seed.bytes()));
        unmutated.add(result);
        return result;
    }

    /**
     * Runs the cases of this run (or the one replayed), in order of their seeds, and prints what happened. Each
     * mutates a whole {@code documents} seed one time in {@code wholeDocumentOneIn}, else an {@code excerpts} one.
     */
    public List<CaseResult> runMutants(List<FuzzSeed> documents, List<FuzzSeed> excerpts, int wholeDocumentOneIn)
            throws InterruptedException, ExecutionException, IOException {
        long start = System.nanoTime();
        long processCpuStart = PROCESS.getProcessCpuTime();
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<CaseResult> results = new ArrayList<>();
        try {
            List<Future<CaseResult>> running = new ArrayList<>();
            for (long caseSeed : caseSeeds()) {
                running.add(lanes.submit(() -> run(newCase(caseSeed, documents, excerpts, wholeDocumentOneIn))));
            }
            for (Future<CaseResult> result : running) {
                results.add(result.get());
            }
        } finally {
            lanes.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long processCpuMillis = (PROCESS.getProcessCpuTime() - processCpuStart) / 1_000_000;

        if (REPLAYING) {
            CaseResult result = results.get(0);
            System.out.println("replayed " + result.description() + "\n    -> " + (result.failure() != null
                    ? result.failure() : result.outcome() + (result.message() != null ? ": " + result.message() : "")));
        } else {
            String summary = summary(results, millis, processCpuMillis);
            System.out.println(summary);
            Files.createDirectories(summaryFile.toAbsolutePath().getParent());
            Files.writeString(summaryFile, summary);
        }
        return results;
    }

    public static List<CaseResult> failed(List<CaseResult> results) {
        return results.stream().filter(result -> result.failure() != null).toList();
    }

    /** The first failed cases, each with the command that replays it. */
    public String describe(List<CaseResult> failed) {
        return failed.stream().limit(FAILURES_SHOWN).map(result -> result.description() + "\n    " + result.failure()
                + "\n    replay: " + replayCommand + " -Dfuzz.seed=" + result.seed()).collect(Collectors.joining("\n"));
    }

    private static List<Long> caseSeeds() {
        if (REPLAYING) {
            return List.of(Long.getLong("fuzz.seed"));
        }
        Random run = new Random(RUN_SEED);
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            seeds.add(run.nextLong());
        }
        return seeds;
    }

    /** Everything about a case follows from its seed: the source PDF and the mutant. */
    private static Case newCase(long caseSeed, List<FuzzSeed> documents, List<FuzzSeed> excerpts,
            int wholeDocumentOneIn) {
        // A random stream of its own (reversed bits), so that choosing the source does not shift the mutant's.
        Random pick = new Random(Long.reverse(caseSeed));
        List<FuzzSeed> sources = pick.nextInt(wholeDocumentOneIn) == 0 ? documents : excerpts;
        FuzzSeed source = sources.get(pick.nextInt(sources.size()));
        Mutant mutant = PdfMutants.mutate(source.bytes(), caseSeed);
        return new Case(caseSeed, source.name(), mutant.kind().name(), mutant.toString(), mutant.bytes());
    }

    private CaseResult run(Case fuzzCase) throws InterruptedException {
        BoundedCall.Result<T> result = BoundedCall.run(name.replace(' ', '-') + "-" + fuzzCase.seed(),
                bounds.stackBytes(), bounds.maxCpu(), bounds.maxWall(), () -> reader.read(fuzzCase));
        Verdict answer = result.value() != null ? verdict.apply(result.value()) : new Verdict("none", null, null);
        String failure = answer.failure();
        if (result.overran()) {
            failure = String.format("no outcome after %d ms (%d ms CPU; limits %d ms CPU, %d ms)", result.millis(),
                    result.cpuMillis(), bounds.maxCpu().toMillis(), bounds.maxWall().toMillis());
        } else if (result.thrown() != null) {
            failure = "threw " + stackTrace(result.thrown());
        } else if (result.value() == null) {
            failure = "returned null";
        } else if (result.allocatedBytes() > bounds.maxAllocatedBytes()) {
            failure = "allocated " + mib(result.allocatedBytes()) + ", more than " + mib(bounds.maxAllocatedBytes());
        }
        return new CaseResult(fuzzCase.seed(), fuzzCase.kind(), fuzzCase.description(), answer.outcome(),
                answer.message(), failure, result.millis(), result.cpuMillis(), result.allocatedBytes());
    }

    /** {@code processCpuMillis}: the whole JVM's, garbage collection and JIT compilation included. */
    private String summary(List<CaseResult> results, long millis, long processCpuMillis) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s: %d cases (run seed %d, %d at a time) in %.1f s; CPU %.1f s in the cases,"
                        + " %.1f s in the whole JVM%n", name, results.size(), RUN_SEED, LANES, millis / 1000.0,
                results.stream().mapToLong(CaseResult::cpuMillis).sum() / 1000.0, processCpuMillis / 1000.0));
        text.append("outcomes:\n");
        count(results, CaseResult::outcome).forEach((outcome, count) -> text.append(String.format("  %-28s %5d%n",
                outcome, count)));
        text.append("mutations (cases, CPU s):\n");
        count(results, CaseResult::kind).forEach((kind, count) -> text.append(String.format("  %-28s %5d %7.1f%n",
                kind, count, results.stream().filter(result -> result.kind().equals(kind))
                        .mapToLong(CaseResult::cpuMillis).sum() / 1000.0)));
        results.stream().max(Comparator.comparingLong(CaseResult::millis)).ifPresent(slowest -> text.append(
                String.format("slowest case: %d ms (%d ms CPU), %s%n", slowest.millis(), slowest.cpuMillis(),
                        slowest.description())));
        results.stream().max(Comparator.comparingLong(CaseResult::cpuMillis)).ifPresent(costliest -> text.append(
                String.format("most CPU: %d ms, %s%n", costliest.cpuMillis(), costliest.description())));
        results.stream().max(Comparator.comparingLong(CaseResult::allocatedBytes)).ifPresent(largest -> text.append(
                String.format("largest allocation: %s, %s%n", mib(largest.allocatedBytes()), largest.description())));
        text.append("unmutated seeds (CPU ms, allocation):");
        unmutated.forEach(clean -> text.append(String.format(" %s %d %s;", clean.description().split(" ")[1],
                clean.cpuMillis(), mib(clean.allocatedBytes()))));
        text.append("\nfailures: ").append(failed(results).size()).append('\n');
        return text.toString();
    }

    private static Map<String, Long> count(List<CaseResult> results, Function<CaseResult, String> key) {
        return results.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /** The trace's first and last frames: the middle of a stack overflow's repeats one frame a thousand times. */
    private static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        List<String> lines = Arrays.asList(trace.toString().split("\n"));
        if (lines.size() > 40) {
            List<String> top = new ArrayList<>(lines.subList(0, 12));
            top.add("\t…");
            top.addAll(lines.subList(lines.size() - 25, lines.size()));
            lines = top;
        }
        return String.join("\n    ", lines);
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
