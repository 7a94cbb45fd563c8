package io.ledgerlint.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.blob.BlobStore;
import io.ledgerlint.ingest.TestPdfs;
import io.ledgerlint.testsupport.BoundedCall;
import io.ledgerlint.testsupport.PdfMutants;
import io.ledgerlint.testsupport.PdfMutants.Mutant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated PDFs through ingest's intake ({@link Intake#receive}, where the inbox watcher and the upload endpoint hand
 * over every file): each case must end accepted or rejected with a {@link RejectionCode}, never a thrown exception or
 * error, within a time bound. A failure prints the case's seed: {@code -Dfuzz.seed=<seed>} replays that case alone;
 * {@code -Dfuzz.cases=<n>} and {@code -Dfuzz.run-seed=<n>} run other cases. The summary goes to standard output and
 * {@code target/intake-fuzz-summary.txt}.
 */
class IntakeFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 1000);
    private static final long RUN_SEED = Long.getLong("fuzz.run-seed", 8281551271L);
    private static final String REPLAY = System.getProperty("fuzz.seed");
    /** What 64-bit Linux JVMs give a new thread by default, the inbox and HTTP worker threads included. */
    private static final long STACK_BYTES = 1024 * 1024;
    /**
     * Screening reads with PDFBox but extracts nothing: a case takes a few milliseconds of CPU. The CPU bound covers
     * the calling thread only (screening may hand the PDF work to threads of its own); the wall-clock bound, generous
     * for a shared build machine, covers everything.
     */
    private static final Duration MAX_CASE_CPU = Duration.ofSeconds(5);
    private static final Duration MAX_CASE_WALL = Duration.ofSeconds(30);
    /** One case in this many mutates a whole corpus document, the others an excerpt of a few pages. */
    private static final int WHOLE_DOCUMENT_ONE_IN = 10;
    private static final int LANES = Math.min(2, Runtime.getRuntime().availableProcessors());
    private static final int FAILURES_SHOWN = 20;
    private static final Path SUMMARY = Path.of("target", "intake-fuzz-summary.txt");
    /** The production size limit; accepted files are not kept. */
    private static final Intake INTAKE = new Intake(new DiscardingBlobStore(), 100L * 1024 * 1024,
            Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));
    /** Held: java.util.logging keeps loggers only weakly. PDFBox logs every damaged object it works around. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    @TempDir
    static Path work;

    @BeforeAll
    static void quietPdfBox() {
        QUIET.forEach(logger -> logger.setLevel(Level.OFF));
    }

    @AfterAll
    static void restorePdfBoxLogging() {
        QUIET.forEach(logger -> logger.setLevel(null));
    }

    /** A PDF the mutants start from. */
    private record Seed(String name, byte[] bytes) {
    }

    /** {@code outcome}: "accepted" or "rejected <code>"; {@code failure}: which rule the case broke, or null. */
    private record CaseResult(long seed, String kind, String description, String outcome, String failure,
            long millis, long cpuMillis) {
    }

    @Test
    void everyMutantIsAcceptedOrRejectedWithACode() throws Exception {
        List<Seed> documents = List.of(document("doc-000"), document("doc-003"));
        // Excerpts, saved without object streams so that the mutations find every object: cover and table pages,
        // a table continued on the next page, the 绩效 attachment tables.
        List<Seed> excerpts = List.of(excerpt("doc-000", 1, 7), excerpt("doc-000", 12, 13),
                excerpt("doc-000", 31, 33), excerpt("doc-003", 1, 5), excerpt("doc-003", 11, 12),
                excerpt("doc-003", 29, 31));
        List<Seed> all = new ArrayList<>(excerpts);
        all.addAll(documents);
        for (Seed seed : all) {
            CaseResult clean = run(0, seed.name(), "unmutated", "unmutated", seed.bytes());
            assertThat(clean.outcome()).as("unmutated seed %s: %s", seed.name(), clean.failure()).isEqualTo("accepted");
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
        List<CaseResult> results = new ArrayList<>();
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<CaseResult>> running = new ArrayList<>();
            for (long caseSeed : caseSeeds) {
                running.add(lanes.submit(() -> {
                    // A random stream of its own (reversed bits): choosing the source does not shift the mutant's.
                    Random pick = new Random(Long.reverse(caseSeed));
                    List<Seed> sources = pick.nextInt(WHOLE_DOCUMENT_ONE_IN) == 0 ? documents : excerpts;
                    Seed source = sources.get(pick.nextInt(sources.size()));
                    Mutant mutant = PdfMutants.mutate(source.bytes(), caseSeed);
                    return run(caseSeed, source.name(), mutant.kind().name(), mutant.toString(), mutant.bytes());
                }));
            }
            for (Future<CaseResult> result : running) {
                results.add(result.get());
            }
        } finally {
            lanes.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        if (REPLAY != null) {
            System.out.println("replayed " + results.get(0).description() + "\n    -> "
                    + (results.get(0).failure() != null ? results.get(0).failure() : results.get(0).outcome()));
        } else {
            String summary = summary(results, millis);
            System.out.println(summary);
            Files.createDirectories(SUMMARY.getParent());
            Files.writeString(SUMMARY, summary);
        }

        List<CaseResult> failed = results.stream().filter(result -> result.failure() != null).toList();
        assertThat(failed.size()).as("cases that did not end accepted or rejected within bounds:%n%s",
                failed.stream().limit(FAILURES_SHOWN).map(result -> result.description() + "\n    "
                        + result.failure() + "\n    replay: ./mvnw -pl ingest-service test -Dtest=IntakeFuzzTest"
                        + " -Dfuzz.seed=" + result.seed()).collect(Collectors.joining("\n"))).isZero();
        if (REPLAY == null) {
            // Mutants that were all accepted, or all rejected, would mean the mutations miss or the seeds are broken.
            assertThat(results).extracting(CaseResult::outcome).contains("accepted")
                    .anyMatch(outcome -> outcome.startsWith("rejected "));
        }
    }

    private static CaseResult run(long seed, String source, String kind, String mutation, byte[] bytes)
            throws IOException, InterruptedException {
        Path file = Files.write(work.resolve("case-" + seed + ".pdf"), bytes);
        BoundedCall.Result<IntakeResult> result = BoundedCall.run("intake-fuzz-" + seed, STACK_BYTES, MAX_CASE_CPU,
                MAX_CASE_WALL, () -> INTAKE.receive(file, "fuzz.pdf", Source.UPLOAD));
        if (!result.overran()) {
            Files.delete(file);
        }
        String outcome = "none";
        if (result.value() instanceof IntakeResult.Accepted) {
            outcome = "accepted";
        } else if (result.value() instanceof IntakeResult.Rejected rejected) {
            outcome = "rejected " + rejected.code().code();
        }
        String failure = null;
        if (result.overran()) {
            failure = String.format("no outcome after %d ms (%d ms CPU; limits %d ms CPU, %d ms)", result.millis(),
                    result.cpuMillis(), MAX_CASE_CPU.toMillis(), MAX_CASE_WALL.toMillis());
        } else if (result.thrown() != null) {
            failure = "threw " + stackTrace(result.thrown());
        } else if (result.value() == null) {
            failure = "returned null";
        } else if (result.value() instanceof IntakeResult.Rejected rejected && rejected.code() == null) {
            failure = "rejected without a code";
        }
        return new CaseResult(seed, kind, "seed=" + seed + " " + source + " " + mutation, outcome, failure,
                result.millis(), result.cpuMillis());
    }

    private static String summary(List<CaseResult> results, long millis) {
        StringBuilder text = new StringBuilder(String.format("intake fuzz: %d cases (run seed %d, %d at a time)"
                + " in %.1f s%n", results.size(), RUN_SEED, LANES, millis / 1000.0));
        text.append("outcomes:\n");
        count(results, CaseResult::outcome).forEach((outcome, n) -> text.append(String.format("  %-28s %5d%n",
                outcome, n)));
        text.append("mutations:\n");
        count(results, CaseResult::kind).forEach((kind, n) -> text.append(String.format("  %-28s %5d%n", kind, n)));
        results.stream().max(Comparator.comparingLong(CaseResult::millis)).ifPresent(slowest -> text.append(
                String.format("slowest case: %d ms, %s%n", slowest.millis(), slowest.description())));
        text.append("failures: ").append(results.stream().filter(result -> result.failure() != null).count())
                .append('\n');
        return text.toString();
    }

    private static Map<String, Long> count(List<CaseResult> results, Function<CaseResult, String> key) {
        return results.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static Seed document(String name) throws IOException {
        return new Seed(name, Files.readAllBytes(TestPdfs.corpusDocument(name)));
    }

    /** The given pages (1-based) of a corpus document. */
    private static Seed excerpt(String name, int... pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(TestPdfs.corpusDocument(name).toFile())) {
            for (int page = document.getNumberOfPages(); page >= 1; page--) {
                if (Arrays.stream(pages).noneMatch(Integer.valueOf(page)::equals)) {
                    document.removePage(page - 1);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return new Seed(name + Arrays.toString(pages).replace(" ", ""), out.toByteArray());
        }
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

    /** Accepted files are not kept: only the verdict matters here. */
    private static final class DiscardingBlobStore implements BlobStore {

        @Override
        public URI put(String sha256, Path file) {
            return URI.create("memory:" + sha256);
        }

        @Override
        public InputStream open(URI uri) {
            throw new UnsupportedOperationException("the fuzz test only stores");
        }
    }
}
