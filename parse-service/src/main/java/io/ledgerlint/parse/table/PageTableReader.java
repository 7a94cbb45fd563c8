package io.ledgerlint.parse.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Merge;
import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.PageGeometry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Finds the ruled grids of one page, fills their cells with text, and reads the captions and notes around them. */
final class PageTableReader {

    private static final Pattern NOTE_START = Pattern.compile("^(注|说明|备注)");
    private static final Pattern NOTE_ITEM = Pattern.compile("^(\\d{1,2}[.、．]|[（(]\\d{1,2}[)）])");
    /** A wrapped line's baseline is at most this many type sizes below the line above it. */
    private static final double WRAP_PITCH = 1.6;
    /** The next numbered note item may sit further down (spaced list items). */
    private static final double ITEM_PITCH = 2.5;
    /** Caption lines above a grid: title, 公开0x表, 部门/单位, an 附件 line, a year line. */
    private static final int MAX_CAPTION_LINES = 6;
    /** A page number ("3/40" too) has at most this many digits: a line of codes or amounts has more. */
    private static final int MAX_PAGE_DIGITS = 6;
    /** Page numbers sit in this share of the page at its top or bottom. */
    private static final double MARGIN_BAND = 0.12;
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—－第]*\\d+[-—－页]*$|^\\d+/\\d+$");

    private final GridDetector detector = new GridDetector();

    /**
     * @param continuation the column boundaries of the previous page's last table, when it was read from its text and
     *                     may continue at the top of this page without a repeated header; else null
     */
    List<PageTable> read(PageGeometry page, double[] continuation) {
        List<Grid> grids = detector.detect(page.rulings());
        List<Grid> tables = new ArrayList<>();
        for (Grid grid : grids) {
            if (grid.rowCount() >= 1 && grid.columnCount() >= 2) {
                tables.add(grid);
            }
        }
        List<Glyph> outside = new ArrayList<>();
        List<List<Glyph>> inside = new ArrayList<>();
        List<TextLines.Line> lines = assign(page, tables, inside, outside);
        List<Grid> stream = StreamDetector.detect(lines, tables, page.rulings(), continuation);
        if (!stream.isEmpty()) {
            tables.addAll(stream);
            tables.sort(Comparator.comparingDouble(Grid::top));
            lines = assign(page, tables, inside, outside);
        }
        GlyphsByBaseline outsideByBaseline = new GlyphsByBaseline(outside);
        List<PageTable> result = new ArrayList<>();
        int cursor = 0;
        for (int t = 0; t < tables.size(); t++) {
            Grid grid = tables.get(t);
            int captionStart = cursor;
            while (cursor < lines.size() && lines.get(cursor).bottom() <= grid.top() + 1) {
                cursor++;
            }
            List<String> caption = lines.subList(Math.max(captionStart, cursor - MAX_CAPTION_LINES), cursor).stream()
                    .map(TextLines.Line::text).toList();
            while (cursor < lines.size() && lines.get(cursor).top() < grid.bottom() - 1) {
                cursor++; // beside the grid
            }
            double nextTop = t + 1 < tables.size() ? tables.get(t + 1).top() : page.height();
            int belowEnd = cursor;
            while (belowEnd < lines.size() && lines.get(belowEnd).bottom() <= nextTop + 1) {
                belowEnd++;
            }
            Notes notes = notes(lines.subList(cursor, belowEnd));
            cursor += notes.lines();
            if (!inside.get(t).isEmpty()) { // an empty grid is a frame or decoration, not a table
                result.add(fill(page, grid, inside.get(t), outsideByBaseline, caption, notes.notes()));
            }
        }
        return result;
    }

    /**
     * Sends each glyph to the grid holding its centre ({@code inside}, one list per grid) or to {@code outside};
     * returns the lines of text outside every grid, page numbers left out.
     */
    private static List<TextLines.Line> assign(PageGeometry page, List<Grid> tables, List<List<Glyph>> inside,
            List<Glyph> outside) {
        inside.clear();
        outside.clear();
        tables.forEach(t -> inside.add(new ArrayList<>()));
        List<Glyph> glyphs = page.glyphs();
        int[] tableOf = containing(tables, glyphs);
        for (int g = 0; g < glyphs.size(); g++) {
            if (tableOf[g] < 0) {
                outside.add(glyphs.get(g));
            } else {
                inside.get(tableOf[g]).add(glyphs.get(g));
            }
        }
        return TextLines.of(outside).stream()
                .filter(line -> !isPageNumber(line, page.height()))
                .toList();
    }

    /**
     * A page number: one short number ("12", "- 12 -", "第12页", "3/40") in the top or bottom margin; a row of 栏次
     * numbers, codes or amounts ("2 2 0 0") is none.
     */
    private static boolean isPageNumber(TextLines.Line line, double pageHeight) {
        // the position first: it is cheap, and rules out almost every line of a page
        boolean inMargin = line.bottom() < MARGIN_BAND * pageHeight || line.top() > (1 - MARGIN_BAND) * pageHeight;
        if (!inMargin) {
            return false;
        }
        String compact = Whitespace.removed(line.text());
        long numbers = Arrays.stream(Whitespace.words(line.text())).filter(word -> word.chars()
                .anyMatch(Character::isDigit)).count();
        return numbers == 1 && compact.chars().filter(Character::isDigit).count() <= MAX_PAGE_DIGITS
                && PAGE_NUMBER.matcher(compact).matches();
    }

    /**
     * For each glyph the first of {@code tables} (in list order) that holds its centre, or -1: a sweep down the page
     * over the glyphs by centre, with the tables its line crosses at hand, rather than every table for every glyph.
     */
    private static int[] containing(List<Grid> tables, List<Glyph> glyphs) {
        int[] tableOf = new int[glyphs.size()];
        Arrays.fill(tableOf, -1);
        if (tables.isEmpty()) {
            return tableOf;
        }
        Integer[] byCentre = new Integer[glyphs.size()];
        Arrays.setAll(byCentre, i -> i);
        Arrays.sort(byCentre, Comparator.comparingDouble(g -> glyphs.get(g).centerY()));
        Integer[] byTop = new Integer[tables.size()];
        Arrays.setAll(byTop, i -> i);
        Arrays.sort(byTop, Comparator.comparingDouble(t -> tables.get(t).top()));
        TreeSet<Integer> across = new TreeSet<>(); // the tables whose top lies above the glyph, in list order
        int next = 0;
        for (int g : byCentre) {
            Glyph glyph = glyphs.get(g);
            while (next < byTop.length && tables.get(byTop[next]).top() < glyph.centerY()) {
                across.add(byTop[next++]);
            }
            across.removeIf(t -> tables.get(t).bottom() <= glyph.centerY());
            for (int t : across) {
                Grid grid = tables.get(t);
                if (glyph.centerX() > grid.left() && glyph.centerX() < grid.right()) {
                    tableOf[g] = t;
                    break;
                }
            }
        }
        return tableOf;
    }

    private static PageTable fill(PageGeometry page, Grid grid, List<Glyph> glyphs, GlyphsByBaseline outside,
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
            int r = Grid.slot(grid.ys(), glyph.centerY());
            int c = Grid.slot(grid.xs(), glyph.centerX());
            glyphsOfCell.get(cellOfSlot[r * cols + c]).add(glyph);
        }
        List<List<Cell>> table = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) { // positions a merged cell covers stay "" with their own box
                row.add(new Cell("", null, page.page(),
                        new double[] {grid.xs()[c], grid.ys()[r], grid.xs()[c + 1], grid.ys()[r + 1]}));
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
                    new Cell(text, Amounts.number(text).map(BigDecimal::toPlainString).orElse(null), page.page(), box));
            if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                merges.add(new Merge(cell.row(), cell.col(), cell.rowSpan(), cell.colSpan()));
            }
        }
        int straddling = outside.overlapping(grid);
        return new PageTable(page.page(), grid, table, merges, caption, notes, glyphs.size() + straddling,
                glyphs.size());
    }

    /**
     * Glyphs ordered by baseline, to count those that touch a grid among the ones whose baseline lies in its band
     * (its height and a glyph's below it) rather than among all of a page's.
     */
    private static final class GlyphsByBaseline {

        private final List<Glyph> glyphs;
        private final double[] baselines;
        private final double tallest;

        GlyphsByBaseline(List<Glyph> glyphs) {
            this.glyphs = new ArrayList<>(glyphs);
            this.glyphs.sort(Comparator.comparingDouble(Glyph::baseline));
            this.baselines = this.glyphs.stream().mapToDouble(Glyph::baseline).toArray();
            this.tallest = glyphs.stream().mapToDouble(Glyph::height).max().orElse(0);
        }

        int overlapping(Grid grid) {
            int count = 0;
            int end = Sorted.firstIndex(baselines, grid.bottom() + tallest + 1, true);
            for (int i = Sorted.firstIndex(baselines, grid.top(), true); i < end; i++) {
                Glyph glyph = glyphs.get(i);
                if (glyph.x1() > grid.left() && glyph.x0() < grid.right() && glyph.baseline() > grid.top()
                        && glyph.top() < grid.bottom()) {
                    count++;
                }
            }
            return count;
        }
    }


    /**
     * The notes under a table: a note starts with 注/说明/备注 (or, once notes have begun, an item number); a line
     * following closely continues the note above it (a wrapped line); anything else (narrative, the next table's
     * caption) ends the notes.
     */
    static Notes notes(List<TextLines.Line> below) {
        List<String> notes = new ArrayList<>();
        int used = 0;
        TextLines.Line previous = null;
        for (TextLines.Line line : below) {
            String text = line.text().strip();
            double pitch = previous == null ? Double.MAX_VALUE : (line.bottom() - previous.bottom()) / previous.em();
            boolean close = pitch <= WRAP_PITCH;
            if (NOTE_START.matcher(Whitespace.removed(text)).find()
                    || (pitch <= ITEM_PITCH && NOTE_ITEM.matcher(Whitespace.removed(text)).find())) {
                notes.add(text);
            } else if (close) {
                notes.set(notes.size() - 1, TextLines.joinWrapped(notes.get(notes.size() - 1), text));
            } else {
                break;
            }
            previous = line;
            used++;
        }
        return new Notes(List.copyOf(notes), used);
    }

    /** @param lines how many text lines under the grid the notes took */
    record Notes(List<String> notes, int lines) {
    }
}
