package io.ledgerlint.parse.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import io.ledgerlint.parse.benchmark.InterleavedRounds.RoundTime;
import io.ledgerlint.parse.benchmark.InterleavedRounds.Tool;
import io.ledgerlint.parse.benchmark.TabulaLattice.DetectorCheck;
import io.ledgerlint.parse.benchmark.TruthScorer.TableScore;
import io.ledgerlint.parse.corpus.Corpus;
import io.ledgerlint.parse.document.PageReader;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.document.PdfLoader;
import io.ledgerlint.parse.table.TableExtractor;
import io.ledgerlint.testsupport.MarkdownSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Accuracy and speed of table extraction on every corpus document, for ledgerlint and for Tabula-java's lattice
 * extraction; writes the results as Markdown (issue #3, "Measured, not asserted"). Speed is timed with the tools
 * interleaved round by round ({@link InterleavedRounds}), so that a busy machine slows them alike; then ledgerlint
 * alone is profiled ({@link ExtractionProfile}). Run it with the command in {@link #COMMAND}; the first argument is the
 * Markdown file to write, the second the JFR recording.
 */
public final class ExtractionBenchmark {

    /** This benchmark's section of the benchmarks file; the other sections are kept. */
    static final String HEADING = "## Table extraction";
    static final String COMMAND = "./mvnw -q -pl parse-service -am -Pbenchmark process-test-classes";
    /** Rounds over the whole corpus before timing, so that the JIT has compiled every tool's hot paths. */
    private static final int WARM_UP_ROUNDS = 3;
    /** Enough rounds for a median and a 10th–90th percentile range that one disturbed round does not move. */
    private static final int TIMED_ROUNDS = 15;

    private final List<Path> documents = Corpus.documents();
    private final PdfLoader loader = new PdfLoader(ParseLimits.DEFAULT);
    private final DocumentParser parser;
    private final Map<Path, DocumentReceived> events = new LinkedHashMap<>();
    private final Map<Path, Integer> pageCounts = new LinkedHashMap<>();
    private final Map<Path, List<Table>> located = new LinkedHashMap<>();
    /** The reference of the per-round ratios, and the tool profiled. */
    private final Tool ledgerlint = new Tool("ledgerlint", this::parse);
    private final Tool onePass = new Tool("limit: one pass, no tables", this::readOnce);

    private ExtractionBenchmark() {
        TableExtractor extractor = new TableExtractor();
        parser = new DocumentParser(ParseLimits.DEFAULT, extractor::extract, Clock.systemUTC());
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Path recording = Path.of(args.length > 1 ? args[1] : "target/extraction-profile.jfr");
        String report = new ExtractionBenchmark().run(recording);
        Files.createDirectories(output.toAbsolutePath().getParent());
        String document = Files.exists(output) ? Files.readString(output) : "# Benchmarks\n";
        Files.writeString(output, MarkdownSection.replace(document, HEADING, report));
        System.out.println(report);
        System.out.println("written to " + output.toAbsolutePath());
    }

    private String run(Path recording) throws Exception {
        String accuracy = accuracy();
        List<DetectorCheck> detectors = checkTabulaDetectors();
        double loadAtStart = Machine.loadAverage();
        Map<Tool, List<RoundTime>> times = InterleavedRounds.run(tools(), documents, WARM_UP_ROUNDS, TIMED_ROUNDS);
        Machine machine = Machine.now(loadAtStart);
        String profile = ExtractionProfile.profile(recording, this::parseAll, documents.size(), pages(),
                cpuMillisPerPage(times.get(ledgerlint)), cpuMillisPerPage(times.get(onePass)));
        return header(machine) + accuracy + speed(detectors, times) + "\n" + profile;
    }

    private void parse(Path folder) throws IOException {
        parser.parse(events.get(folder), Corpus.pdf(folder));
    }

    /** One round of ledgerlint over every corpus document, as timed. */
    private void parseAll() throws Exception {
        for (Path folder : documents) {
            ledgerlint.workload().run(folder);
        }
    }

    /** A tool's median CPU time per page over the timed rounds. */
    private double cpuMillisPerPage(List<RoundTime> rounds) {
        return 1000 / Spread.of(rounds.stream().map(round -> round.cpuPagesPerSecond(pages())).toList()).median();
    }

    /** Parses every document (keeping what the timing needs) and scores both tools; the accuracy section. */
    private String accuracy() throws Exception {
        StringBuilder rows = new StringBuilder();
        StringBuilder details = new StringBuilder();
        List<TableScore> allOurs = new ArrayList<>();
        List<TableScore> allTabula = new ArrayList<>();
        for (Path folder : documents) {
            List<Table> ours = parseAndKeep(folder);
            JsonNode truth = Corpus.truth(folder);
            List<TableScore> ourScores = TruthScorer.score(truth, ours);
            List<TableScore> tabulaScores = TruthScorer.score(truth, tabula(folder));
            allOurs.addAll(ourScores);
            allTabula.addAll(tabulaScores);
            String name = folder.getFileName().toString();
            rows.append(accuracyRow(name, "ledgerlint", ourScores))
                    .append(accuracyRow(name, "Tabula lattice", tabulaScores));
            details.append(details(name, "ledgerlint", ourScores))
                    .append(details(name, "Tabula lattice", tabulaScores));
        }
        rows.append(accuracyRow("**all**", "ledgerlint", allOurs))
                .append(accuracyRow("**all**", "Tabula lattice", allTabula));
        return accuracySection(rows.toString(), details.isEmpty() ? "none\n" : details.toString());
    }

    /** ledgerlint's tables of {@code folder}, keeping its event, page count and table areas for the timing. */
    private List<Table> parseAndKeep(Path folder) throws Exception {
        Path pdf = Corpus.pdf(folder);
        events.put(folder, received(pdf));
        ParseOutcome outcome = parser.parse(events.get(folder), pdf);
        if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
            throw new IllegalStateException(folder + " was not parsed: " + outcome);
        }
        pageCounts.put(folder, parsed.extraction().pageCount());
        located.put(folder, parsed.extraction().tables());
        return parsed.extraction().tables();
    }

    /** Tabula's lattice extraction on the areas where ledgerlint found each table. */
    private List<Table> tabula(Path folder) throws IOException {
        try (PDDocument document = openForTabula(folder)) {
            return TabulaLattice.extract(document, located.get(folder));
        }
    }

    private void tabulaWholePages(Path folder) throws IOException {
        try (PDDocument document = openForTabula(folder)) {
            TabulaLattice.extractWholePages(document);
        }
    }

    /** Tabula opens documents with plain PDFBox, without ledgerlint's limits and screening. */
    private static PDDocument openForTabula(Path folder) throws IOException {
        return Loader.loadPDF(Corpus.pdf(folder).toFile());
    }

    /** The cost of one pass over each page's content stream (glyphs, rulings, text lines) and nothing else. */
    private void readOnce(Path folder) throws Exception {
        try (PDDocument document = loader.open(Corpus.pdf(folder))) {
            new PageReader().read(document);
        }
    }

    /** The first tool is the reference of the per-round ratios. */
    private List<Tool> tools() {
        return List.of(
                ledgerlint,
                new Tool("Tabula lattice, ledgerlint's table areas", this::tabula),
                new Tool("Tabula lattice, whole pages", this::tabulaWholePages),
                onePass);
    }

    /** Tabula's detectors tried on the page of the first table ledgerlint found, one with ruling lines. */
    private List<DetectorCheck> checkTabulaDetectors() throws IOException {
        Path folder = documents.get(0);
        try (PDDocument document = openForTabula(folder)) {
            return TabulaLattice.checkDetectors(document, located.get(folder).get(0).page());
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

    private int pages() {
        return pageCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private String header(Machine machine) {
        return """
                ## Table extraction

                Generated by the harness `parse-service/src/test/java/io/ledgerlint/parse/benchmark/ExtractionBenchmark.java`;
                regenerate this section from the project root with

                ```
                %s
                ```

                Measured on %s: %d documents (%d pages) from `corpus/`;
                %s.
                The machine may be shared: compare tools within one run, by the per-round ratios.

                """.formatted(COMMAND, machine.date(), documents.size(), pages(), machine.describe());
    }

    private static String accuracySection(String rows, String details) {
        return """
                ### Accuracy

                Scoring as `corpus/README.md` describes: a cell counts when its text, whitespace removed, equals
                the truth, with rows matched in order (header rows included); a table found on the wrong page, split in
                two or missing scores none of its cells. Attachment tables (绩效 tables, `approximate` truth) are scored
                on the sequence of their non-empty cells. Tabula is given the areas where ledgerlint found each table,
                so it is scored on the same tables and pages (its general detector does not run on PDFBox 3, see
                Speed). Tabula prints full-width punctuation （）： as ASCII, which the exact comparison counts as a miss.

                | document | tool | standard tables 01–09: cells | standard tables on the right page | attachment tables: cells |
                |---|---|---|---|---|
                %s
                Tables below 100 %%:

                %s
                """.formatted(rows, details);
    }

    private String speed(List<DetectorCheck> detectors, Map<Tool, List<RoundTime>> times) {
        return """
                ### Speed

                All tools run in one thread of one JVM, interleaved on the same documents: %d warm-up rounds, then %d
                timed rounds. In a round every tool works through all corpus documents, one tool after the other, and
                every other round the order is reversed, so that a busy phase of the machine slows the tools of a round
                alike. Per round and tool the harness takes the wall-clock time and the CPU time of the measuring thread
                (`ThreadMXBean.getCurrentThreadCpuTime`: without the time spent waiting for a core, and without the
                garbage collector's and JIT compiler's threads); before each tool's turn it asks for a garbage
                collection, so that no tool pays for another's garbage. Pages/s counts every page of every document,
                whichever pages a tool reads. Each cell gives the median over the timed rounds and the range from the
                10th to the 90th percentile. CPU / wall well below 1 means the thread was waiting for a core: the
                machine was busy, and the CPU-based figures are the ones to compare.

                - **ledgerlint**: `DocumentParser.parse` end to end: open within the limits, one pass over each
                  page's content stream for text and geometry, text layer check, tables, narrative sections, facts.
                - **Tabula lattice, ledgerlint's table areas**: Tabula-java 1.0.5 opens the document with PDFBox and
                  runs lattice extraction (`SpreadsheetExtractionAlgorithm`) on the areas where ledgerlint found each
                  table, as in the accuracy comparison; pages without a table are not read.
                - **Tabula lattice, whole pages**: Tabula's lattice mode as its command line runs it without
                  `--area`: `SpreadsheetExtractionAlgorithm` on every whole page, finding the tables from the ruling
                  lines itself.
                - **limit: one pass, no tables**: ledgerlint only opening each document and reading each page's
                  content stream once (`PdfLoader.open`, then `document.PageReader`: glyphs, ruling lines, text
                  lines), without tables or narrative: how far extraction is from the cost of a single pass.

                Tabula's table detectors with PDFBox 3 on the classpath (Tabula 1.0.5 was built for PDFBox 2), tried
                on a page with a table:

                %s
                The lattice extraction on whole pages needs no detector: it finds the tables from the ruling lines
                itself, as `SpreadsheetDetectionAlgorithm` does. A detector that fails is not timed.

                %s""".formatted(WARM_UP_ROUNDS, TIMED_ROUNDS, detectorList(detectors),
                SpeedReport.tables(times, pages()));
    }

    private static String detectorList(List<DetectorCheck> detectors) {
        StringBuilder text = new StringBuilder();
        for (DetectorCheck check : detectors) {
            text.append("- `").append(check.detector()).append("`: ")
                    .append(check.runs() ? "runs" : "fails with `" + check.failure() + "`").append('\n');
        }
        return text.toString();
    }

    private static DocumentReceived received(Path pdf) throws IOException, NoSuchAlgorithmException {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        return new DocumentReceived(DocumentReceived.SCHEMA_VERSION, DocumentIds.fromSha256(sha256), sha256,
                pdf.getFileName().toString(), Files.size(pdf), "application/pdf", pdf.toUri().toString(), "benchmark",
                Instant.now());
    }
}
