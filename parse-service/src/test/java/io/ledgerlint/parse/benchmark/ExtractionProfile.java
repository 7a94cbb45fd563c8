package io.ledgerlint.parse.benchmark;

import io.ledgerlint.testsupport.JfrProfile;
import io.ledgerlint.testsupport.JfrProfile.Code;
import io.ledgerlint.testsupport.JfrProfile.Frame;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Where {@code DocumentParser.parse} spends its time and allocates, from a JFR profile of it alone after the timed
 * rounds: the methods that run most, the stages of a parse, the allocation sites. The stages follow
 * {@code DocumentParser.parse}: open, one pass over the pages (with what PDFBox and ledgerlint do in it), text layer
 * check, tables, narrative, title and facts, close.
 */
final class ExtractionProfile {

    /** Rounds over the corpus inside the recording: some thousands of samples, some seconds. */
    static final int ROUNDS = 20;
    /** JFR's shortest period: the profile's rounds are short, and they are not timed. */
    private static final JfrProfile.Sampling SAMPLING = new JfrProfile.Sampling(Duration.ofMillis(1), 10_000);
    private static final Code CODE = new Code("ledgerlint or PDFBox",
            List.of("io.ledgerlint.", "org.apache.pdfbox.", "org.apache.fontbox."));
    private static final Code GLYPH_READING = new Code("ledgerlint's page reading",
            List.of("io.ledgerlint.parse.geometry.", "io.ledgerlint.parse.document."));
    private static final int METHOD_ROWS = 15;
    private static final int ALLOCATION_ROWS = 10;

    private static final Predicate<List<Frame>> PAGE_PASS = frame("io.ledgerlint.parse.document.PageReader", "read");

    /**
     * A stage of a parse: the samples with a frame of it on the stack (inclusive: with what it calls).
     *
     * @param inPagePass whether it is a part of the one pass over the pages (then only samples in that pass count)
     */
    private record Stage(String name, String matchedBy, boolean inPagePass, Predicate<List<Frame>> stack) {

        double share(JfrProfile profile) {
            return profile.executionShare(inPagePass ? PAGE_PASS.and(stack) : stack);
        }
    }

    private static final Stage OPEN = new Stage("open the document within the limits",
            "`parse.document.PdfLoader.open`", false, frame("io.ledgerlint.parse.document.PdfLoader", "open"));
    private static final Stage PAGES = new Stage("**one pass over the pages** (what the one-pass limit does after"
            + " opening)", "`parse.document.PageReader.read`", false, PAGE_PASS);
    private static final Stage TABLES = new Stage("**tables**", "`parse.table`", false,
            anyFrameIn("io.ledgerlint.parse.table."));
    private static final Stage NARRATIVE = new Stage("**narrative sections**", "`parse.narrative`", false,
            anyFrameIn("io.ledgerlint.parse.narrative."));
    private static final Stage OWN_PAGE_READING = new Stage("↳ ledgerlint's glyph and ruling reading (its own code"
            + " only)", "nearest ledgerlint or PDFBox frame to the top in `parse.geometry` or `parse.document`", true,
            stack -> CODE.nearest(stack).filter(GLYPH_READING::contains).isPresent());

    private static final List<Stage> STAGES = List.of(
            OPEN,
            PAGES,
            new Stage("↳ the content streams: tokens read, operators run, with all they call", "`pdfbox.contentstream"
                    + ".PDFStreamEngine.processStreamOperators`", true,
                    frame("org.apache.pdfbox.contentstream.PDFStreamEngine", "processStreamOperators")),
            new Stage("↳ PDF syntax: content stream tokens, objects read on demand", "`pdfbox.pdfparser`", true,
                    anyFrameIn("org.apache.pdfbox.pdfparser.")),
            new Stage("↳ fonts: loading (embedded font programs parsed)", "`pdfbox.pdmodel.font.PDFontFactory"
                    + ".createFont`", true, frame("org.apache.pdfbox.pdmodel.font.PDFontFactory", "createFont")),
            new Stage("↳ fonts: all (loading, glyph widths, Unicode mapping)", "`pdfbox.pdmodel.font`, `fontbox`",
                    true, anyFrameIn("org.apache.pdfbox.pdmodel.font.").or(anyFrameIn("org.apache.fontbox."))),
            new Stage("↳ PDFBox text positions: a `TextPosition` per glyph", "`pdfbox.text.LegacyPDFStreamEngine"
                    + ".showGlyph`", true, frame("org.apache.pdfbox.text.LegacyPDFStreamEngine", "showGlyph")),
            new Stage("↳ PDFTextStripper: check for overlapping duplicates, glyph kept for layout",
                    "`pdfbox.text.PDFTextStripper.processTextPosition`", true,
                    frame("org.apache.pdfbox.text.PDFTextStripper", "processTextPosition")),
            new Stage("↳ PDFTextStripper: text layout after the content stream (sorting, lines, words)",
                    "`pdfbox.text.PDFTextStripper.writePage`", true,
                    frame("org.apache.pdfbox.text.PDFTextStripper", "writePage")),
            OWN_PAGE_READING,
            new Stage("text layer check", "`parse.document.TextLayerCheck`", false,
                    anyFrameIn("io.ledgerlint.parse.document.TextLayerCheck")),
            TABLES,
            NARRATIVE,
            new Stage("title and document facts", "`parse.document.CoverTitle`, `domain.document"
                    + ".DocumentFactsReader`", false, anyFrameIn("io.ledgerlint.parse.document.CoverTitle")
                    .or(anyFrameIn("io.ledgerlint.domain.document.DocumentFactsReader"))),
            new Stage("close the document", "`pdfbox.pdmodel.PDDocument.close`", false,
                    frame("org.apache.pdfbox.pdmodel.PDDocument", "close")));

    private ExtractionProfile() {
    }

    /**
     * Profiles {@code ROUNDS} rounds of {@code round} (ledgerlint over every corpus document, {@code pages} pages),
     * writing the recording to {@code recording}; the subsection, with the CPU time per page of ledgerlint and of the
     * one-pass limit from the timed rounds (medians) to put the shares in milliseconds.
     */
    static String profile(Path recording, JfrProfile.Work round, int documents, int pages,
            double ledgerlintMillisPerPage, double limitMillisPerPage) throws Exception {
        JfrProfile profile = JfrProfile.record(recording, SAMPLING, () -> {
            for (int i = 0; i < ROUNDS; i++) {
                round.run();
            }
        });
        return markdown(profile, recording, documents, pages, ledgerlintMillisPerPage, limitMillisPerPage);
    }

    private static String markdown(JfrProfile profile, Path recording, int documents, int pages,
            double ledgerlintMillisPerPage, double limitMillisPerPage) {
        StringBuilder stages = new StringBuilder();
        for (Stage stage : STAGES) {
            double share = stage.share(profile);
            stages.append(String.format(Locale.ROOT, "| %s | %s | %.1f %% | %.2f |%n", stage.name(),
                    stage.matchedBy(), 100 * share, share * ledgerlintMillisPerPage));
        }
        double onePass = OPEN.share(profile) + PAGES.share(profile);
        double beyond = 1 - onePass;
        double tables = TABLES.share(profile);
        double narrative = NARRATIVE.share(profile);
        double ownPageReading = OWN_PAGE_READING.share(profile);
        return """
                ### Where the time and the allocation go

                `DocumentParser.parse` alone, profiled after the timed rounds: %d more rounds of ledgerlint over the %d
                corpus documents (%d pages) inside a JDK Flight Recorder recording, started from the harness with the
                JDK's `jdk.jfr` (`benchmark.ExtractionProfile`, test-support's `JfrProfile`) and kept in
                parse-service's `target/%s` for JDK Mission Control. Samples of the measuring thread only:
                %s. JFR samples the thread while it is in Java code (not in native code or inside the JVM), also while it
                waits for a core on a busy machine; the shares are shares of these samples.

                Methods by samples: a ledgerlint or PDFBox method counts when it is on top of the stack, or nearest to
                the top under JDK methods it called.

                %s
                Stages of a parse. A sample counts for a stage when a frame of the stage is anywhere on its stack
                (inclusive: with everything the stage calls), so the rows marked ↳, parts of the pass over the pages,
                overlap one another (fonts load while operators run, text positions need glyph widths); the rows
                without ↳ follow one another and do not. Milliseconds per page: the share times ledgerlint's median
                CPU time per page in the timed rounds (%.2f ms).

                | stage | a frame on the stack in | share of samples | ≈ CPU ms per page |
                |---|---|---:|---:|
                %s
                Allocation:
                %s.
                The sites: the ledgerlint or PDFBox frame nearest the top of an allocation sample's stack, and the class
                it allocated, by the samples' weights.

                %s
                What is left: ledgerlint took %.2f ms of CPU per page in the timed rounds, the one-pass limit %.2f ms.
                In the profile, opening and the one pass over the pages take %.1f %% of ledgerlint's samples,
                ≈ %.2f ms per page against the limit's %.2f ms measured alone; the other %.1f %%
                (≈ %.2f ms per page) is what ledgerlint adds after the pass: tables %.1f %% (≈ %.2f ms), narrative
                sections %.1f %% (≈ %.2f ms). Inside the pass ledgerlint's own code takes %.1f %%
                (≈ %.2f ms per page), PDFBox the rest.
                """.formatted(ROUNDS, documents, pages, recording.getFileName(), profile.samplesDescription(),
                profile.hottestMethods(METHOD_ROWS, CODE), ledgerlintMillisPerPage, stages,
                profile.allocationPer(ROUNDS * pages, "page"),
                profile.allocationSites(ALLOCATION_ROWS, CODE, ROUNDS * pages, "page"),
                ledgerlintMillisPerPage, limitMillisPerPage, 100 * onePass, onePass * ledgerlintMillisPerPage,
                limitMillisPerPage, 100 * beyond, beyond * ledgerlintMillisPerPage,
                100 * tables, tables * ledgerlintMillisPerPage, 100 * narrative, narrative * ledgerlintMillisPerPage,
                100 * ownPageReading, ownPageReading * ledgerlintMillisPerPage);
    }

    /** Stacks with a frame of method {@code method} of class {@code type}. */
    private static Predicate<List<Frame>> frame(String type, String method) {
        return stack -> stack.stream().anyMatch(frame -> frame.type().equals(type) && frame.method().equals(method));
    }

    /** Stacks with a frame of a class whose name starts with {@code prefix}: a package, or a class and its nested. */
    private static Predicate<List<Frame>> anyFrameIn(String prefix) {
        return stack -> stack.stream().anyMatch(frame -> frame.type().startsWith(prefix));
    }
}
