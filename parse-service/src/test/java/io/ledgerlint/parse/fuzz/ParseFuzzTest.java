package io.ledgerlint.parse.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.blob.BlobStore;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.fuzz.FuzzSeeds.Seed;
import io.ledgerlint.parse.table.TableExtractor;
import io.ledgerlint.testsupport.BoundedCall;
import io.ledgerlint.testsupport.PdfMutants;
import io.ledgerlint.testsupport.PdfMutants.Mutant;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated PDFs through the parse core, by the entry point the Kafka consumer calls
 * ({@link DocumentParser#parse(DocumentReceived, BlobStore)}): every case must end as a parsed document or a typed
 * rejection, never a thrown exception or error, within bounds of CPU time and allocation. A failure prints the case's
 * seed: {@code -Dfuzz.seed=<seed>} replays that case alone; {@code -Dfuzz.cases=<n>} and {@code -Dfuzz.run-seed=<n>}
 * run other cases. The summary goes to standard output and {@code target/fuzz-summary.txt}.
 */
class ParseFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 1000);
    private static final long RUN_SEED = Long.getLong("fuzz.run-seed", 8281551271L);
    private static final String REPLAY = System.getProperty("fuzz.seed");
    /** What 64-bit Linux JVMs give a new thread by default, Quarkus' worker threads included. */
    private static final long STACK_BYTES = 1024 * 1024;
    /** Cases take at most about half a second of CPU; one that spins is stopped here. */
    private static final Duration MAX_CASE_CPU = Duration.ofSeconds(5);
    /** A case that waits instead of spinning is stopped here; generous, since the build machine is shared. */
    private static final Duration MAX_CASE_WALL = Duration.ofSeconds(60);
    /**
     * Over a case's life, not at once. A clean parse of a whole corpus document allocates about 100 MiB, of an
     * excerpt 3–35 MiB; a mutant that makes the parser allocate several times more is a defect.
     */
    private static final long MAX_CASE_ALLOCATION = 512L * 1024 * 1024;
    /** One case in this many mutates a whole corpus document; the others, ten times cheaper, mutate excerpts. */
    private static final int WHOLE_DOCUMENT_ONE_IN = 100;
    /** Cases run this many at a time (each on its own thread, measured alone): the two cores of the build machine. */
    private static final int LANES = Math.min(2, Runtime.getRuntime().availableProcessors());
    /** Failures listed in the assertion message; the count says how many there were in all. */
    private static final int FAILURES_SHOWN = 20;
    /**
     * The production limits except for pages: at most 100 (the seeds have up to 40), so that the time bound holds for
     * a document whose page tree lists far more pages than it says.
     */
    private static final ParseLimits LIMITS = new ParseLimits(100, ParseLimits.DEFAULT.maxFileBytes(),
            ParseLimits.DEFAULT.maxMainMemoryBytes());
    private static final DocumentParser PARSER = new DocumentParser(LIMITS, new TableExtractor()::extract,
            Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));
    private static final Path SUMMARY = Path.of("target", "fuzz-summary.txt");
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /**
     * PDFBox logs every damaged font and object it works around: thousands of lines that would bury the summary and
     * cost time. Held here because java.util.logging keeps loggers only weakly.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    @BeforeAll
    static void quietPdfBox() {
        QUIET.forEach(logger -> logger.setLevel(Level.OFF));
    }

    @AfterAll
    static void restorePdfBoxLogging() {
        QUIET.forEach(logger -> logger.setLevel(null));
    }

    @Test
    void everyMutantEndsParsedOrRejectedWithinBounds() throws Exception {
        FuzzSeeds seeds = FuzzSeeds.derive();
        // The seeds themselves parse: otherwise every mutant's rejection would prove nothing. This also loads and
        // initialises every class the parser needs before a case can overflow the stack in a static initialiser.
        List<CaseResult> unmutated = new ArrayList<>();
        for (Seed seed : concat(seeds.excerpts(), seeds.documents())) {
            CaseResult clean = run(new Case(0, seed.name(), "unmutated", "unmutated", seed.bytes()));
            assertThat(clean.outcome()).as("unmutated seed %s: %s", seed.name(), clean.failure()).isEqualTo("parsed");
            unmutated.add(clean);
        }

        List<Long> caseSeeds = new ArrayList<>();
        if (REPLAY != null) {
            caseSeeds.add(Long.parseLong(REPLAY));
        } else {
            Random run = new Random(RUN_SEED);
            for (int i = 0; i < CASES; i++) {
                caseSeeds.add(run.nextLong());
            }
        }
        long start = System.nanoTime();
        long processCpuStart = PROCESS.getProcessCpuTime();
        List<CaseResult> results = runAll(seeds, caseSeeds);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long processCpuMillis = (PROCESS.getProcessCpuTime() - processCpuStart) / 1_000_000;

        if (REPLAY != null) {
            CaseResult result = results.get(0);
            System.out.println("replayed " + result.description() + "\n    -> " + (result.failure() != null
                    ? result.failure() : result.outcome() + (result.message() != null ? ": " + result.message() : "")));
        } else {
            String summary = summary(unmutated, results, millis, processCpuMillis);
            System.out.println(summary);
            Files.createDirectories(SUMMARY.getParent());
            Files.writeString(SUMMARY, summary);
        }

        List<CaseResult> failed = results.stream().filter(result -> result.failure() != null).toList();
        assertThat(failed.size()).as("cases that did not end parsed or rejected within bounds:%n%s",
                failed.stream().limit(FAILURES_SHOWN).map(result -> result.description() + "\n    "
                        + result.failure() + "\n    replay: ./mvnw -pl parse-service test -Dtest=ParseFuzzTest"
                        + " -Dfuzz.seed=" + result.seed()).collect(Collectors.joining("\n"))).isZero();
        if (REPLAY == null) {
            // Mutants that all parse, or all fail, would mean the mutations miss or the seeds are broken.
            assertThat(results).extracting(CaseResult::outcome).contains("parsed")
                    .anyMatch(outcome -> outcome.startsWith("rejected "));
        }
    }

    /** One PDF to parse, and what made it. */
    private record Case(long seed, String source, String kind, String mutation, byte[] bytes) {
    }

    /**
     * {@code outcome}: "parsed" or "rejected <error code>", with the rejection's {@code message}; {@code failure}:
     * which rule the case broke, or null.
     */
    private record CaseResult(long seed, String kind, String description, String outcome, String message,
            String failure, long millis, long cpuMillis, long allocatedBytes) {
    }

    /** Everything about a case follows from its seed: the source PDF and the mutant. */
    private static Case newCase(FuzzSeeds seeds, long caseSeed) {
        // A random stream of its own (reversed bits), so that choosing the source does not shift the mutant's.
        Random pick = new Random(Long.reverse(caseSeed));
        List<Seed> sources = pick.nextInt(WHOLE_DOCUMENT_ONE_IN) == 0 ? seeds.documents() : seeds.excerpts();
        Seed source = sources.get(pick.nextInt(sources.size()));
        Mutant mutant = PdfMutants.mutate(source.bytes(), caseSeed);
        return new Case(caseSeed, source.name(), mutant.kind().name(), mutant.toString(), mutant.bytes());
    }

    /** Runs the cases {@link #LANES} at a time, in the order of {@code caseSeeds}. */
    private static List<CaseResult> runAll(FuzzSeeds seeds, List<Long> caseSeeds) throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<CaseResult>> running = new ArrayList<>();
            for (long caseSeed : caseSeeds) {
                running.add(lanes.submit(() -> run(newCase(seeds, caseSeed))));
            }
            List<CaseResult> results = new ArrayList<>();
            for (Future<CaseResult> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            lanes.shutdownNow();
        }
    }

    private static CaseResult run(Case fuzzCase) throws InterruptedException {
        byte[] bytes = fuzzCase.bytes();
        BoundedCall.Result<ParseOutcome> result = BoundedCall.run("fuzz-" + fuzzCase.seed(), STACK_BYTES,
                MAX_CASE_CPU, MAX_CASE_WALL, () -> PARSER.parse(received(bytes.length), holding(bytes)));
        String outcome = "none";
        String message = null;
        if (result.value() instanceof ParseOutcome.Parsed) {
            outcome = "parsed";
        } else if (result.value() instanceof ParseOutcome.Rejected rejected) {
            outcome = "rejected " + rejected.errorCode().code();
            message = rejected.message();
        }
        String failure = null;
        if (result.overran()) {
            failure = String.format("no outcome after %d ms (%d ms CPU; limits %d ms CPU, %d ms)", result.millis(),
                    result.cpuMillis(), MAX_CASE_CPU.toMillis(), MAX_CASE_WALL.toMillis());
        } else if (result.thrown() != null) {
            failure = "threw " + stackTrace(result.thrown());
        } else if (result.value() == null) {
            failure = "returned null";
        } else if (result.allocatedBytes() > MAX_CASE_ALLOCATION) {
            failure = "allocated " + mib(result.allocatedBytes()) + ", more than " + mib(MAX_CASE_ALLOCATION);
        }
        String description = "seed=" + fuzzCase.seed() + " " + fuzzCase.source() + " " + fuzzCase.mutation();
        return new CaseResult(fuzzCase.seed(), fuzzCase.kind(), description, outcome, message, failure,
                result.millis(), result.cpuMillis(), result.allocatedBytes());
    }

    /** {@code processCpuMillis}: the whole JVM's, garbage collection and JIT compilation included. */
    private static String summary(List<CaseResult> unmutated, List<CaseResult> results, long millis,
            long processCpuMillis) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("parse fuzz: %d cases (run seed %d, %d at a time) in %.1f s; CPU %.1f s in the"
                        + " cases, %.1f s in the whole JVM%n", results.size(), RUN_SEED, LANES, millis / 1000.0,
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
        text.append("\nfailures: ").append(results.stream().filter(result -> result.failure() != null).count())
                .append('\n');
        return text.toString();
    }

    private static Map<String, Long> count(List<CaseResult> results, Function<CaseResult, String> key) {
        return results.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static DocumentReceived received(long size) {
        return new DocumentReceived(DocumentReceived.SCHEMA_VERSION, "0123456789abcdef", "0".repeat(64),
                "fuzz.pdf", size, "application/pdf", "memory:fuzz", "test", Instant.EPOCH);
    }

    /** A blob store that holds just this one document, in memory. */
    private static BlobStore holding(byte[] bytes) {
        return new BlobStore() {
            @Override
            public URI put(String sha256, Path file) {
                throw new UnsupportedOperationException("the fuzz test only reads");
            }

            @Override
            public InputStream open(URI uri) {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    /** The trace's first and last frames: the middle of a stack overflow's repeats one frame a thousand times. */
    private static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        List<String> lines = Arrays.asList(trace.toString().split("\n"));
        if (lines.size() > 40) {
            List<String> top = concat(lines.subList(0, 12), List.of("\t…"));
            lines = concat(top, lines.subList(lines.size() - 25, lines.size()));
        }
        return String.join("\n    ", lines);
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
