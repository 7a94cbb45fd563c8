package io.ledgerlint.parse.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import io.ledgerlint.parse.benchmark.TruthScorer.TableScore;
import io.ledgerlint.parse.corpus.Corpus;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.table.TableExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Accuracy and speed of table extraction on every corpus document, for ledgerlint and for Tabula-java's lattice
 * extraction; writes the results as Markdown (issue #3, "Measured, not asserted"). Run it with the command in
 * {@link #COMMAND}; the first argument is the Markdown file to write.
 */
public final class ExtractionBenchmark {

    static final String COMMAND = "./mvnw -q -pl parse-service -am -Pbenchmark process-test-classes";
    /** Rounds over the whole corpus before timing, so that the JIT has compiled the hot paths. */
    private static final int WARM_UP_ROUNDS = 3;
    private static final int TIMED_ROUNDS = 5;

    private final List<Path> documents = Corpus.documents();
    private final DocumentParser parser;
    private final Map<Path, DocumentReceived> events = new LinkedHashMap<>();
    private final Map<Path, Integer> pageCounts = new LinkedHashMap<>();
    private final Map<Path, List<Table>> located = new LinkedHashMap<>();
    private double loadAtStart;

    private ExtractionBenchmark() {
        TableExtractor extractor = new TableExtractor();
        parser = new DocumentParser(ParseLimits.DEFAULT, extractor::extract, Clock.systemUTC());
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        String report = new ExtractionBenchmark().run();
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report);
        System.out.println(report);
        System.out.println("written to " + output.toAbsolutePath());
    }

    private String run() throws Exception {
        StringBuilder accuracy = new StringBuilder();
        StringBuilder details = new StringBuilder();
        List<TableScore> allOurs = new ArrayList<>();
        List<TableScore> allTabula = new ArrayList<>();
        for (Path folder : documents) {
            Path pdf = Corpus.pdf(folder);
            events.put(folder, received(pdf));
            ParseOutcome outcome = parser.parse(events.get(folder), pdf);
            if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
                throw new IllegalStateException(folder + " was not parsed: " + outcome);
            }
            pageCounts.put(folder, parsed.extraction().pageCount());
            located.put(folder, parsed.extraction().tables());
            JsonNode truth = Corpus.truth(folder);
            List<TableScore> ours = TruthScorer.score(truth, parsed.extraction().tables());
            List<TableScore> tabula = TruthScorer.score(truth, tabula(folder));
            allOurs.addAll(ours);
            allTabula.addAll(tabula);
            String name = folder.getFileName().toString();
            accuracy.append(accuracyRow(name, "ledgerlint", ours)).append(accuracyRow(name, "Tabula lattice", tabula));
            details.append(details(name, "ledgerlint", ours)).append(details(name, "Tabula lattice", tabula));
        }
        accuracy.append(accuracyRow("**all**", "ledgerlint", allOurs))
                .append(accuracyRow("**all**", "Tabula lattice", allTabula));

        loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Speed ours = measure(folder -> parser.parse(events.get(folder), Corpus.pdf(folder)));
        Speed tabula = measure(this::tabula);
        return markdown(accuracy.toString(), details.toString(), ours, tabula);
    }

    private List<Table> tabula(Path folder) throws IOException {
        try (PDDocument document = Loader.loadPDF(Corpus.pdf(folder).toFile())) {
            return TabulaLattice.extract(document, located.get(folder));
        }
    }

    private static String accuracyRow(String document, String tool, List<TableScore> scores) {
        List<TableScore> standard = scores.stream().filter(TableScore::standard).toList();
        List<TableScore> attachments = scores.stream().filter(score -> !score.standard()).toList();
        long placed = standard.stream().filter(score -> score.problem() == null).count();
        return String.format(Locale.ROOT, "| %s | %s | %s | %d / %d | %s |%n", document, tool, share(standard),
                placed, standard.size(), share(attachments));
    }

    private static String share(List<TableScore> scores) {
        int cells = scores.stream().mapToInt(TableScore::cells).sum();
        int matched = scores.stream().mapToInt(TableScore::matched).sum();
        return cells == 0 ? "–" : String.format(Locale.ROOT, "%.1f %% (%d / %d)", 100.0 * matched / cells, matched, cells);
    }

    private static String details(String document, String tool, List<TableScore> scores) {
        StringBuilder text = new StringBuilder();
        for (TableScore score : scores) {
            if (score.matched() < score.cells()) {
                text.append(String.format(Locale.ROOT, "- %s, %s, table %s: %d / %d cells%s%n", document, tool,
                        score.id(), score.matched(), score.cells(),
                        score.problem() == null ? "" : " (" + score.problem() + ")"));
            }
        }
        return text.toString();
    }

    /** One corpus document's work for a tool. */
    @FunctionalInterface
    private interface Workload {
        void run(Path folder) throws Exception;
    }

    /** Warm throughput: single-threaded, and all documents at once on every core. */
    private record Speed(double msPerDocument, double pagesPerSecond, double parallelPagesPerSecond, int threads) {
    }

    private Speed measure(Workload workload) throws Exception {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Path folder : documents) {
                workload.run(folder);
            }
        }
        int pages = 0;
        long start = System.nanoTime();
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (Path folder : documents) {
                workload.run(folder);
                pages += pageCounts.get(folder);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double msPerDocument = seconds * 1000 / (TIMED_ROUNDS * documents.size());

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            long parallelStart = System.nanoTime();
            for (int round = 0; round < TIMED_ROUNDS; round++) {
                for (Path folder : documents) {
                    runs.add(pool.submit(() -> {
                        workload.run(folder);
                        return null;
                    }));
                }
            }
            for (Future<?> run : runs) {
                run.get();
            }
            double parallelSeconds = (System.nanoTime() - parallelStart) / 1e9;
            return new Speed(msPerDocument, pages / seconds, pages / parallelSeconds, threads);
        } finally {
            pool.shutdown();
        }
    }

    private String markdown(String accuracy, String details, Speed ours, Speed tabula) {
        int pages = pageCounts.values().stream().mapToInt(Integer::intValue).sum();
        return """
                # Benchmarks: table extraction

                Generated by the harness `parse-service/src/test/java/io/ledgerlint/parse/benchmark/ExtractionBenchmark.java`;
                regenerate this file from the project root with

                ```
                %s
                ```

                Measured on %s: %d documents (%d pages) from `corpus/`, %d cores, Java %s; system load
                average %.1f when the timing started (the machine is shared: compare tools within one run).

                ## Accuracy

                Scoring as `corpus/README.md` describes: a cell counts when its text, whitespace removed, equals
                the truth, with rows matched in order (header rows included); a table found on the wrong page, split in
                two or missing scores none of its cells. Attachment tables (绩效 tables, `approximate` truth) are scored
                on the sequence of their non-empty cells. Tabula is given the areas where ledgerlint found each table
                (its own detection does not run on PDFBox 3), so it is scored on the same tables and pages. Tabula
                prints full-width punctuation （）： as ASCII, which the exact comparison counts as a miss.

                | document | tool | standard tables 01–09: cells | standard tables on the right page | attachment tables: cells |
                |---|---|---|---|---|
                %s
                Tables below 100 %%:

                %s
                ## Speed

                Warm: %d rounds over the corpus first, then %d timed rounds. "1 thread" runs the documents one after the
                other; "parallel" submits all rounds' documents at once to %d threads. Pages/s counts every page of each
                document. ledgerlint is timed end to end (open, text layer check, page texts, tables, narrative); Tabula
                is timed opening the document and running lattice extraction on the table areas only.

                | tool | ms / document (1 thread) | pages/s (1 thread) | pages/s (parallel) |
                |---|---|---|---|
                | ledgerlint (DocumentParser) | %.0f | %.1f | %.1f |
                | Tabula 1.0.5 lattice, table areas only | %.0f | %.1f | %.1f |
                """.formatted(COMMAND, LocalDate.now(), documents.size(), pages,
                ours.threads(), System.getProperty("java.version"), loadAtStart, accuracy,
                details.isEmpty() ? "none\n" : details, WARM_UP_ROUNDS, TIMED_ROUNDS, ours.threads(),
                ours.msPerDocument(), ours.pagesPerSecond(), ours.parallelPagesPerSecond(),
                tabula.msPerDocument(), tabula.pagesPerSecond(), tabula.parallelPagesPerSecond());
    }

    private static DocumentReceived received(Path pdf) throws IOException, NoSuchAlgorithmException {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        return new DocumentReceived(DocumentReceived.SCHEMA_VERSION, DocumentIds.fromSha256(sha256), sha256,
                pdf.getFileName().toString(), Files.size(pdf), "application/pdf", pdf.toUri().toString(), "benchmark",
                Instant.now());
    }
}
