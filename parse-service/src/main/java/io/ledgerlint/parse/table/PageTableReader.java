package io.ledgerlint.parse.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Merge;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.PageGeometry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the ruled grids of one page, fills their cells with text, and reads the captions and notes around them. */
final class PageTableReader {

    private static final Pattern NOTE_START = Pattern.compile("^(注|说明|备注)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—－第]*\\d+[-—－页]*$|^\\d+/\\d+$");

    private final GridDetector detector = new GridDetector();

    List<PageTable> read(PageGeometry page) {
        List<Grid> grids = detector.detect(page.rulings());
        List<Grid> tables = new ArrayList<>();
        for (Grid grid : grids) {
            if (grid.rowCount() >= 1 && grid.columnCount() >= 2) {
                tables.add(grid);
            }
        }
        List<Glyph> outside = new ArrayList<>();
        List<List<Glyph>> inside = new ArrayList<>();
        tables.forEach(t -> inside.add(new ArrayList<>()));
        for (Glyph glyph : page.glyphs()) {
            int table = containing(tables, glyph);
            if (table < 0) {
                outside.add(glyph);
            } else {
                inside.get(table).add(glyph);
            }
        }
        List<TextLines.Line> lines = TextLines.of(outside);
        List<PageTable> result = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Grid grid = tables.get(t);
            if (inside.get(t).isEmpty()) {
                continue; // a frame or decoration, not a table
            }
            double above = t == 0 ? 0 : tables.get(t - 1).bottom();
            double below = t + 1 < tables.size() ? tables.get(t + 1).top() : page.height();
            result.add(fill(page, grid, inside.get(t), outside, lines(lines, above, grid.top()),
                    notes(lines(lines, grid.bottom(), below))));
        }
        return result;
    }

    private static int containing(List<Grid> tables, Glyph glyph) {
        for (int i = 0; i < tables.size(); i++) {
            Grid grid = tables.get(i);
            if (glyph.centerX() > grid.left() && glyph.centerX() < grid.right() && glyph.centerY() > grid.top()
                    && glyph.centerY() < grid.bottom()) {
                return i;
            }
        }
        return -1;
    }

    private static PageTable fill(PageGeometry page, Grid grid, List<Glyph> glyphs, List<Glyph> outside,
            List<String> caption, List<String> notes) {
        int rows = grid.rowCount();
        int cols = grid.columnCount();
        int[] cellOfSlot = new int[rows * cols];
        List<Grid.GridCell> cells = grid.cells();
        for (int i = 0; i < cells.size(); i++) {
            Grid.GridCell cell = cells.get(i);
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
                    cellOfSlot[r * cols + c] = i;
                }
            }
        }
        List<List<Glyph>> glyphsOfCell = new ArrayList<>();
        cells.forEach(c -> glyphsOfCell.add(new ArrayList<>()));
        for (Glyph glyph : glyphs) {
            int r = slot(grid.ys(), glyph.centerY());
            int c = slot(grid.xs(), glyph.centerX());
            glyphsOfCell.get(cellOfSlot[r * cols + c]).add(glyph);
        }
        List<List<Cell>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                row.add(Cell.ofText(""));
            }
            table.add(row);
        }
        List<Merge> merges = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Grid.GridCell cell = cells.get(i);
            String text = TextLines.cellText(glyphsOfCell.get(i));
            double[] box = {grid.xs()[cell.col()], grid.ys()[cell.row()], grid.xs()[cell.col() + cell.colSpan()],
                    grid.ys()[cell.row() + cell.rowSpan()]};
            table.get(cell.row()).set(cell.col(),
                    new Cell(text, Amounts.parse(text).orElse(null), page.page(), box));
            if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                merges.add(new Merge(cell.row(), cell.col(), cell.rowSpan(), cell.colSpan()));
            }
        }
        int straddling = (int) outside.stream().filter(g -> overlaps(grid, g)).count();
        return new PageTable(page.page(), grid, table, merges, caption, notes, glyphs.size() + straddling,
                glyphs.size());
    }

    private static boolean overlaps(Grid grid, Glyph glyph) {
        return glyph.x1() > grid.left() && glyph.x0() < grid.right() && glyph.baseline() > grid.top()
                && glyph.top() < grid.bottom();
    }

    /** Index of the slot between consecutive boundaries that holds {@code value}. */
    private static int slot(double[] boundaries, double value) {
        int i = Arrays.binarySearch(boundaries, value);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(boundaries.length - 2, slot));
    }

    private static List<String> lines(List<TextLines.Line> lines, double from, double to) {
        return lines.stream().filter(l -> l.top() >= from - 1 && l.bottom() <= to + 1).map(TextLines.Line::text)
                .toList();
    }

    /** The note lines under a table: from the first line starting with 注/说明/备注, page numbers left out. */
    private static List<String> notes(List<String> below) {
        List<String> notes = new ArrayList<>();
        for (String line : below) {
            String compact = line.replaceAll("\\s+", "");
            if (notes.isEmpty() && !NOTE_START.matcher(compact).find()) {
                continue;
            }
            if (!PAGE_NUMBER.matcher(compact).matches()) {
                notes.add(line.strip());
            }
        }
        return notes;
    }
}
