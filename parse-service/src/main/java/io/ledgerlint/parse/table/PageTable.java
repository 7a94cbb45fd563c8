package io.ledgerlint.parse.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Merge;
import java.util.List;

/**
 * One ruled grid as found on one page, before continuations are joined and header rows told from body rows.
 *
 * @param rows     grid rows of cells; a merged cell's text at its top-left position, "" elsewhere
 * @param merges   merged cells, row indexes into {@code rows}
 * @param caption  the text lines between the previous grid (or the page top) and this grid
 * @param notes    the 注/说明 lines under the grid
 * @param glyphs   glyphs that touch the grid's area
 * @param placed   of those, the ones whose centre fell in a cell
 */
record PageTable(int page, Grid grid, List<List<Cell>> rows, List<Merge> merges, List<String> caption,
        List<String> notes, int glyphs, int placed) {
}
