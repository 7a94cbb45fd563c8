package io.ledgerlint.parse.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import io.ledgerlint.parse.TableSource;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.table.TableExtractor;
import io.ledgerlint.testsupport.HostileDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The costly documents through the core, within the default budgets: each either ends over the budget
 * that bounds it, named with its limit, or parses. The timeout only keeps a regression from hanging the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileDocumentsTest {

    private static final long SEED = 13;
    private static final DocumentParser PARSER = new DocumentParser(ParseLimits.DEFAULT,
            new TableExtractor()::extract, Clock.systemUTC());

    @TempDir
    Path temp;

    @Test
    void formsDrawingTheNextLevelTenTimesTenLevelsDeepStopAtTheNestingBudget() throws IOException {
        Path pdf = HostileDocuments.nestedForms(temp.resolve("lol.pdf"), 10, 10);
        assertThat(Files.size(pdf)).isLessThan(16 * 1024);

        assertOverBudget(PARSER.parse(received(), pdf), Budget.XOBJECT_DEPTH);
    }

    @Test
    void formsDrawnHundredsOfTimesAtEachOfThreeLevelsStopAtTheInvocationBudget() throws IOException {
        Path pdf = HostileDocuments.nestedForms(temp.resolve("wide.pdf"), 3, 400);

        assertOverBudget(PARSER.parse(received(), pdf), Budget.XOBJECT_INVOCATIONS);
    }

    @Test
    void aFontWithAMillionWidthsStopsBeforeTheFontIsBuilt() throws IOException {
        Path pdf = HostileDocuments.fontWithWidths(temp.resolve("widths.pdf"), 1_000_000);
        assertThat(Files.size(pdf)).isLessThan(64 * 1024);

        assertOverBudget(PARSER.parse(received(), pdf), Budget.FONT_WIDTHS);
    }

    @Test
    void aToUnicodeCMapOfAHundredThousandRangesStopsBeforeItIsParsed() throws IOException {
        Path pdf = HostileDocuments.fontWithCMapRanges(temp.resolve("cmap.pdf"), 100_000);

        assertOverBudget(PARSER.parse(received(), pdf), Budget.CMAP_ENTRIES);
    }

    @Test
    void aPageOfTwoHundredThousandLineSegmentsStopsAtThePathBudget() throws IOException {
        Path pdf = HostileDocuments.lineSegments(temp.resolve("lines.pdf"), 200_000, SEED);

        assertOverBudget(PARSER.parse(received(), pdf), Budget.PATH_SEGMENTS);
    }

    @Test
    void aPageOfAHundredThousandGlyphsParsesWithinTheGlyphBudget() throws IOException {
        Path pdf = HostileDocuments.glyphs(temp.resolve("glyphs.pdf"), 100_000, SEED);

        ParseOutcome outcome = PARSER.parse(received(), pdf);

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).extraction().pages().get(0).text().length())
                .isGreaterThan(90_000);
    }

    @Test
    void aPageOfAHundredThousandGlyphsStopsAtALowerGlyphBudget() throws IOException {
        Path pdf = HostileDocuments.glyphs(temp.resolve("glyphs.pdf"), 100_000, SEED);
        DocumentParser parser = new DocumentParser(
                ParseLimits.DEFAULT.withBudgets(Budgets.DEFAULT.with(Budget.GLYPHS, 50_000)),
                new TableExtractor()::extract, Clock.systemUTC());

        assertOverBudget(parser.parse(received(), pdf), Budget.GLYPHS, 50_000);
    }

    @Test
    void anImageDeclaringFourBillionPixelsIsNeverDecoded() throws IOException {
        Path pdf = HostileDocuments.hugeImage(temp.resolve("image.pdf"), 65535, 65535);

        ParseOutcome outcome = PARSER.parse(received(), pdf);

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).extraction().pages().get(0).text())
                .contains("Final accounts of the department");
    }

    @Test
    void aDocumentOverItsWallTimeStopsThere() throws IOException {
        Path pdf = HostileDocuments.nestedForms(temp.resolve("slow.pdf"), 4, 60);
        Budgets unbounded = Budgets.DEFAULT.with(Budget.XOBJECT_INVOCATIONS, Long.MAX_VALUE)
                .with(Budget.OPERATORS, Long.MAX_VALUE).with(Budget.GLYPHS, Long.MAX_VALUE)
                .with(Budget.WALL_TIME_MILLIS, 1);
        DocumentParser parser = new DocumentParser(ParseLimits.DEFAULT.withBudgets(unbounded),
                new TableExtractor()::extract, Clock.systemUTC());

        assertOverBudget(parser.parse(received(), pdf), Budget.WALL_TIME_MILLIS, 1);
    }

    @Test
    void aDocumentWhoseTableFindingRunsPastItsWallTimeStopsAtThePageAfter() throws IOException {
        Path pdf = HostileDocuments.textPages(temp.resolve("pages.pdf"), 40);
        AtomicInteger pagesDone = new AtomicInteger();
        TableSource slowPages = (pages, perPage) -> {
            for (int i = 0; i < pages.size(); i++) {
                sleep(Duration.ofMillis(100));
                pagesDone.incrementAndGet();
                perPage.reached();
            }
            return List.of();
        };
        DocumentParser parser = new DocumentParser(
                ParseLimits.DEFAULT.withBudgets(Budgets.DEFAULT.with(Budget.WALL_TIME_MILLIS, 2000)), slowPages,
                Clock.systemUTC());

        assertOverBudget(parser.parse(received(), pdf), Budget.WALL_TIME_MILLIS, 2000);
        assertThat(pagesDone).as("pages of the table phase done before it stopped").hasValueBetween(1, 39);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertOverBudget(ParseOutcome outcome, Budget budget) {
        assertOverBudget(outcome, budget, Budgets.DEFAULT.limit(budget));
    }

    private static void assertOverBudget(ParseOutcome outcome, Budget budget, long limit) {
        assertThat(outcome).isInstanceOf(ParseOutcome.OverBudget.class);
        ParseOutcome.OverBudget over = (ParseOutcome.OverBudget) outcome;
        assertThat(over.budget()).isEqualTo(budget);
        assertThat(over.limit()).isEqualTo(limit);
        assertThat(over.message()).contains(budget.code() + " budget of " + limit);
    }

    private static DocumentReceived received() {
        return new DocumentReceived(DocumentReceived.SCHEMA_VERSION, "0123456789abcdef", "ab".repeat(32),
                "hostile.pdf", 1, "application/pdf", "file:///nowhere", "upload", Instant.EPOCH);
    }
}
