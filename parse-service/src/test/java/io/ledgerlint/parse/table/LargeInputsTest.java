package io.ledgerlint.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.PageGeometry;
import io.ledgerlint.parse.geometry.Ruling;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The largest inputs of docs/benchmarks.md "Large inputs" complete and give the right structure. The timeout is
 * generous (they take well under a second each): it is there so that a step turning quadratic again fails here instead
 * of hanging the build; the timing itself is the benchmark's ({@link LargeInputsBenchmark}).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LargeInputsTest {

    private final LargePages pages = new LargePages(13);

    @Test
    void aGridOf200000SegmentsDrawnCellByCellIsOneGrid() {
        int rows = 9_600;
        int cols = 10;
        List<Ruling> rulings = pages.cellByCellGrid(rows, cols);
        assertThat(rulings.size()).isEqualTo(LargePages.cellByCellSegments(rows, cols)).isGreaterThan(200_000);

        List<Grid> grids = new GridDetector().detect(rulings);

        assertThat(grids).singleElement().satisfies(grid -> {
            assertThat(grid.rowCount()).isEqualTo(rows);
            assertThat(grid.columnCount()).isEqualTo(cols);
            assertThat(grid.cells()).hasSize(rows * cols).allMatch(c -> c.rowSpan() == 1 && c.colSpan() == 1);
            assertThat(grid.irregularCells()).isZero();
        });
    }

    @Test
    void aPageOf200000SeparateSegmentsGivesEverySmallTableItsGrid() {
        int tables = 200_000 / 12;
        List<Ruling> rulings = pages.smallTables(tables);
        assertThat(rulings.size()).isEqualTo(tables * 12);

        List<Grid> grids = new GridDetector().detect(rulings);

        assertThat(grids).hasSize(tables).allSatisfy(grid -> {
            assertThat(grid.rowCount()).isEqualTo(2);
            assertThat(grid.columnCount()).isEqualTo(2);
            assertThat(grid.cells()).hasSize(4);
        });
    }

    @Test
    void a100000GlyphPageOfSmallTablesPutsEachGlyphInItsCell() {
        int tables = 100_000 / 16;
        PageGeometry page = pages.smallTablesWithText(tables);
        assertThat(page.glyphs().size()).isGreaterThanOrEqualTo(100_000);

        List<PageTable> found = new PageTableReader().read(page, null);

        assertThat(found).hasSize(tables);
        for (int t = 0; t < tables; t += 97) { // a sample across the page, in reading order (band by band)
            PageTable table = found.get(t);
            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows().get(0)).extracting(Cell::text)
                    .containsExactly(LargePages.cellText(t, 0, 0), LargePages.cellText(t, 0, 1));
            assertThat(table.rows().get(1)).extracting(Cell::text)
                    .containsExactly(LargePages.cellText(t, 1, 0), LargePages.cellText(t, 1, 1));
            assertThat(table.placed()).isEqualTo(table.glyphs()).isEqualTo(16);
        }
    }

    @Test
    void a100000GlyphTextGroupsIntoItsLines() {
        List<Glyph> glyphs = pages.textLines(2_000);

        List<TextLines.Line> lines = TextLines.of(glyphs);

        assertThat(lines).hasSize(2_000).allMatch(line -> line.glyphs().size() == 50 && !line.text().contains(" "));
    }

    @Test
    void aTableOf10000RowsWithoutRulesIsReadFromItsText() {
        int rows = 10_000;
        List<Glyph> glyphs = pages.streamTable(rows);
        assertThat(glyphs.size()).isGreaterThan(100_000);

        Optional<Grid> grid = StreamGrid.read(glyphs, List.of(), null);

        assertThat(grid).hasValueSatisfying(g -> {
            assertThat(g.rowCount()).isEqualTo(rows + 1);
            assertThat(g.columnCount()).isEqualTo(3);
            assertThat(g.doubts()).isEmpty();
        });
    }

    @Test
    void aTableOf20000RowsOver400PagesIsJoinedIntoOne() {
        List<PageGeometry> document = pages.ruledTablePages(400);

        List<Table> tables = new TableExtractor().extract(document);

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.page()).isEqualTo(1);
            assertThat(table.pageEnd()).isEqualTo(400);
            assertThat(table.headerRows().size() + table.rows().size()).isEqualTo(20_000);
            assertThat(table.rows().get(table.rows().size() - 1).get(0).text()).isEqualTo(LargePages.rowLabel(19_999));
        });
    }
}
