package io.ledgerlint.parse.table;

import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.PageGeometry;
import io.ledgerlint.parse.geometry.Ruling;
import io.ledgerlint.testsupport.MarkdownSection;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How the extraction's steps grow with what a page holds: each step on seeded synthetic inputs
 * ({@link LargePages}) at 1×, 4× and 16× a base size, up to 200,000 segments, 100,000 glyphs and 20,000 rows, and the
 * growth exponent between sizes (log time ratio / log size ratio: 1 is linear, 2 quadratic). Each result is checked
 * for its structure, so that a fast wrong answer does not pass. CPU time of this thread, median of {@link #RUNS} runs
 * after a warm-up. Run it with {@link #COMMAND}; the first argument is the Markdown file whose "## Large inputs"
 * section it replaces.
 */
public final class LargeInputsBenchmark {

    static final String HEADING = "## Large inputs";
    static final String COMMAND = "./mvnw -q -pl parse-service -am -Plarge-inputs process-test-classes";
    private static final int RUNS = 3;
    private static final int[] SCALES = {1, 4, 16};
    private static final long SEED = 13;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Path scratch;

    private LargeInputsBenchmark(Path scratch) {
        this.scratch = scratch;
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Path scratch = Path.of(args.length > 1 ? args[1] : "target/large-inputs");
        Files.createDirectories(scratch);
        String report = new LargeInputsBenchmark(scratch).run();
        System.out.println(report);
        String document = Files.exists(output) ? Files.readString(output) : "# Benchmarks\n";
        Files.writeString(output, MarkdownSection.replace(document, HEADING, report));
    }

    private String run() throws Exception {
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Step<?>> steps = List.of(
                new Step<List<Ruling>>("rulings → grids: one grid drawn cell by cell (collinear pieces)", "segments",
                        scale -> new LargePages(SEED).cellByCellGrid(rowsFor(12_500 * scale), 10),
                        rulings -> rulings.size(),
                        rulings -> {
                            List<Grid> grids = new GridDetector().detect(rulings);
                            return grids.size() == 1 && grids.get(0).columnCount() == 10;
                        }),
                new Step<List<Ruling>>("rulings → grids: small tables side by side (separate segments)", "segments",
                        scale -> new LargePages(SEED).smallTables(12_504 * scale / 12),
                        rulings -> rulings.size(),
                        rulings -> new GridDetector().detect(rulings).size() == rulings.size() / 12),
                new Step<PageGeometry>("glyphs → cells: a page of small ruled tables (`PageTableReader.read`)",
                        "glyphs", scale -> new LargePages(SEED).smallTablesWithText(6_256 * scale / 16),
                        page -> page.glyphs().size(),
                        page -> new PageTableReader().read(page, null).size() == page.rulings().size() / 12),
                new Step<List<Glyph>>("glyphs → lines: running text (`TextLines.of`)", "glyphs",
                        scale -> new LargePages(SEED).textLines(6_250 * scale / 50), List::size,
                        glyphs -> TextLines.of(glyphs).size() == glyphs.size() / 50),
                new Step<List<Glyph>>("glyphs → rows: a table without rules (`StreamGrid.read`)", "glyphs",
                        scale -> new LargePages(SEED).streamTable(6_250 * scale / 16), List::size,
                        glyphs -> StreamGrid.read(glyphs, List.of(), null)
                                .filter(grid -> grid.columnCount() == 3 && grid.doubts().isEmpty()).isPresent()),
                new Step<List<PageGeometry>>("pages → one table: a ruled table continued page after page"
                        + " (`TableExtractor.extract`)", "rows",
                        scale -> new LargePages(SEED).ruledTablePages(25 * scale),
                        pages -> pages.size() * LargePages.ROWS_PER_PAGE,
                        pages -> joinedRows(new TableExtractor().extract(pages)) == pages.size()
                                * LargePages.ROWS_PER_PAGE),
                new Step<LargeTablePdf>("PDF → one table: the same pages as a generated PDF, read with PDFBox"
                        + " (`TableExtractor.extract(PDDocument)`)", "rows",
                        scale -> LargeTablePdf.write(new LargePages(SEED).ruledTablePages(25 * scale),
                                scratch.resolve("ruled-" + scale + ".pdf")),
                        LargeTablePdf::rows,
                        pdf -> {
                            try (PDDocument document = Loader.loadPDF(pdf.file().toFile())) {
                                return joinedRows(new TableExtractor().extract(document)) == pdf.rows();
                            }
                        }));
        StringBuilder rows = new StringBuilder();
        for (Step<?> step : steps) {
            rows.append(step.measure());
        }
        double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, """
                ## Large inputs

                Generated by the harness `LargeInputsBenchmark` in parse-service's tests (package `table`, inputs from
                `LargePages` beside it); regenerate this section from the project root with

                ```
                %s
                ```

                How each step of the extraction grows with what a page holds: seeded synthetic inputs built directly as
                the step's input (rulings, glyphs, pages; the last step writes the pages as a PDF and reads it with
                PDFBox) at 1×, 4× and 16× a base size, up to 200,000 segments, 100,000 glyphs and 20,000 rows. CPU time
                of the measuring thread, median of %d runs after a warm-up run at each size; every result is checked
                for the structure it must have (the grids, the cells' text, one joined table). The growth exponent is
                log(time ratio) / log(size ratio) between one size and the next: 1 is linear, 2 quadratic; below 1 at
                small sizes, where JIT compilation and garbage collection weigh more. `LargeInputsTest` checks the
                largest inputs' structure under a 30 s timeout, so that a step turning quadratic again fails the build.
                The validation of a 20,000-row table is the next section.

                What grew faster than the input before, and what each step does instead: the crossings of
                rulings tested every horizontal against every vertical (now one sweep from left to right with the
                horizontals under the sweep line ordered by y, `Crossings`); whether a rule bounds a cell summed every
                line of the grid for each cell (now the lines grouped by position and searched, `LineCoverage`); each
                glyph was tested against every table of its page, and each table against every glyph outside the tables
                (now a sweep down the page, and the glyphs by baseline searched, `PageTableReader`); a table read from
                its text looked for its rows' numbers among all rows for each cell (`StreamRows`) and for numbers in all
                words for each column (`StreamColumns`), and merged the page's rules again for each caption
                (`StreamDetector`); now binary searches and once per page. Merging collinear pieces was and is a sort.
                On the commit before, the same harness measured (one run each, the same machine and day) 1.5 s for the
                grid of 200,000 segments drawn cell by cell (exponent 1.75), 3.1 s for the page of 200,000 separate
                segments (1.81), 2.5 s for 100,000 glyphs in small tables (1.98) and 1.2 s for the table without rules
                of 158,000 glyphs.

                %d cores, Java %s; system load average %.1f when the timing started and %.1f when it ended.

                | step | size | ms | growth exponent |
                |---|---:|---:|---:|
                %s""", COMMAND, RUNS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                loadAtStart, loadAtEnd, rows);
    }

    private static int rowsFor(int segments) {
        // (rows + 1) · 10 + 11 · rows segments for 10 columns
        return (segments - 10) / 21;
    }

    private static int joinedRows(List<Table> tables) {
        return tables.size() != 1 ? -1 : tables.get(0).headerRows().size() + tables.get(0).rows().size();
    }

    /** Builds a step's input at a scale. */
    @FunctionalInterface
    private interface Input<T> {
        T at(int scale) throws Exception;
    }

    /** Runs a step on its input: whether the result has the structure the input must give. */
    @FunctionalInterface
    private interface Run<T> {
        boolean rightStructure(T input) throws Exception;
    }

    /** One step of the extraction at every scale. */
    private final class Step<T> {
        private final String name;
        private final String unit;
        private final Input<T> input;
        private final ToIntFunction<T> size;
        private final Run<T> run;

        Step(String name, String unit, Input<T> input, ToIntFunction<T> size, Run<T> run) {
            this.name = name;
            this.unit = unit;
            this.input = input;
            this.size = size;
            this.run = run;
        }

        String measure() throws Exception {
            StringBuilder out = new StringBuilder();
            double previousSize = 0;
            double previousMillis = 0;
            for (int scale : SCALES) {
                T value = input.at(scale);
                int n = size.applyAsInt(value);
                check(value);
                long[] nanos = new long[RUNS];
                for (int r = 0; r < RUNS; r++) {
                    long start = threads.getCurrentThreadCpuTime();
                    check(value);
                    nanos[r] = threads.getCurrentThreadCpuTime() - start;
                }
                Arrays.sort(nanos);
                double millis = nanos[RUNS / 2] / 1e6;
                String exponent = previousSize == 0 ? "" : String.format(Locale.ROOT, "%.2f",
                        Math.log(millis / previousMillis) / Math.log(n / previousSize));
                out.append(String.format(Locale.ROOT, "| %s | %,d %s | %.1f | %s |%n",
                        scale == SCALES[0] ? name : "", n, unit, millis, exponent));
                previousSize = n;
                previousMillis = millis;
            }
            return out.toString();
        }

        private void check(T value) throws Exception {
            if (!run.rightStructure(value)) {
                throw new IllegalStateException(name + ": wrong structure for " + size.applyAsInt(value) + " " + unit);
            }
        }
    }
}
