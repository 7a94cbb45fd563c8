package io.ledgerlint.parse.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.domain.table.HeaderRows;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.Ruling;
import io.ledgerlint.parse.table.StreamHeader.Block;
import io.ledgerlint.parse.table.StreamText.Fragment;
import io.ledgerlint.parse.table.StreamText.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds the grid of a table printed with few or no ruling lines (三线表, rules on some columns only) from where its
 * text sits, the way a reader does:
 * <ul>
 * <li>columns are the x ranges the body's text occupies (a boundary never cuts a word), widened by the 栏次 numbers
 * and the lowest header labels, which also open the columns that hold no amount at all;</li>
 * <li>header cells span the columns they are centred over, and stack into header rows by what lies above what;</li>
 * <li>body rows are the text that overlaps vertically (an amount centred beside a wrapped label joins it), with the
 * lines of a wrapped cell chained when they follow closer than rows do.</li>
 * </ul>
 * Whatever does not fit this reading is recorded as a doubt, and a table with doubts is not judged downstream.
 */
final class StreamGrid {

    /** A 栏次 line is looked for among this many lines at most. */
    private static final int HEADER_LINES = 12;

    private StreamGrid() {
    }

    /**
     * The grid of a table's text, or empty when it does not form one (fewer than two columns or rows).
     *
     * @param glyphs    the glyphs of the table's lines (caption and notes excluded)
     * @param rulings   the page's ruling lines; a horizontal one between the header and the body ends the header
     * @param inherited the column boundaries of the table this one continues (a page break without a repeated
     *                  header), or null
     */
    static Optional<Grid> read(List<Glyph> glyphs, List<Ruling> rulings, double[] inherited) {
        if (glyphs.isEmpty()) {
            return Optional.empty();
        }
        double em = StreamText.em(glyphs);
        List<Line> lines = StreamText.lines(glyphs, em);
        int bodyStart = bodyStart(lines, rulings, em, inherited == null);
        List<Line> header = lines.subList(0, bodyStart);
        List<Line> body = lines.subList(bodyStart, lines.size());
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<String> doubts = new ArrayList<>();
        Line lanci = !header.isEmpty() && isLanciLine(header.get(header.size() - 1), em)
                ? header.get(header.size() - 1) : null;
        List<Line> labels = lanci == null ? header : header.subList(0, header.size() - 1);
        // a continuation that repeats the header is read on its own, unless that loses columns (a page whose rows
        // leave some empty) and its words fit those of the page before; one without a header takes those columns
        double[] own = header.isEmpty() && inherited != null ? null : StreamColumns.columns(body, lanci, labels, em);
        boolean useInherited = inherited != null && (own == null || own.length != inherited.length)
                && StreamColumns.fits(inherited, body);
        double[] xs = useInherited ? inherited : own != null ? own : StreamColumns.columns(body, lanci, labels, em);
        if (!useInherited && xs.length >= 2) { // the outer edges hold the header's text too
            xs[0] = Math.min(xs[0], glyphs.stream().mapToDouble(Glyph::x0).min().orElseThrow() - StreamColumns.MARGIN);
            xs[xs.length - 1] = Math.max(xs[xs.length - 1],
                    glyphs.stream().mapToDouble(Glyph::x1).max().orElseThrow() + StreamColumns.MARGIN);
        }
        if (xs.length < 3) {
            return Optional.empty();
        }
        int cols = xs.length - 1;
        List<Block> headerBlocks = StreamHeader.headerBlocks(labels, xs, em);
        for (Block a : headerBlocks) {
            for (Block b : headerBlocks) {
                if (a.x0 < b.x0 && a.overlaps(b) && a.top < b.bottom && b.top < a.bottom) {
                    doubts.add("header labels \"%s\" and \"%s\" share a column".formatted(a.text(), b.text()));
                }
            }
        }
        int labelRows = StreamHeader.levels(headerBlocks, xs, em);
        int headerRows = labelRows + (lanci == null ? 0 : 1);
        List<List<Fragment>> bodyRows = StreamRows.bodyRows(body, xs, em, doubts);
        int rowCount = headerRows + bodyRows.size();
        List<List<Glyph>> starting = new ArrayList<>();
        List<List<Glyph>> ending = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            starting.add(new ArrayList<>());
            ending.add(new ArrayList<>());
        }
        for (Block block : headerBlocks) {
            starting.get(block.level).addAll(block.glyphs);
            ending.get(block.level + block.rowSpan - 1).addAll(block.glyphs);
        }
        if (lanci != null) {
            starting.get(labelRows).addAll(lanci.glyphs());
            ending.get(labelRows).addAll(lanci.glyphs());
        }
        for (int r = 0; r < bodyRows.size(); r++) {
            List<Glyph> row = bodyRows.get(r).stream().flatMap(f -> f.glyphs().stream()).toList();
            starting.get(headerRows + r).addAll(row);
            ending.get(headerRows + r).addAll(row);
        }
        double[] ys = new double[rowCount + 1];
        ys[0] = glyphs.stream().mapToDouble(Glyph::top).min().orElseThrow() - StreamColumns.MARGIN;
        for (int r = 1; r < rowCount; r++) {
            ys[r] = boundary(ending.get(r - 1), starting.get(r), em, doubts, r);
        }
        ys[rowCount] = glyphs.stream().mapToDouble(Glyph::baseline).max().orElseThrow() + StreamColumns.MARGIN;
        for (int r = 1; r < ys.length; r++) {
            if (!(ys[r] > ys[r - 1])) { // NaN too: an empty row
                doubts.add("rows overlap at row " + r);
                ys[r] = ys[r - 1] + 0.01;
            }
        }
        Grid.GridCell[] slots = new Grid.GridCell[rowCount * cols];
        for (Block block : headerBlocks) {
            place(slots, cols, new Grid.GridCell(block.level, block.first, block.rowSpan, block.last - block.first + 1),
                    doubts);
        }
        if (lanci != null) {
            List<Block> lanciLabels = StreamHeader.pieces(List.of(lanci), xs, em);
            StreamHeader.centre(lanciLabels, xs, em);
            for (Block piece : lanciLabels) {
                place(slots, cols, new Grid.GridCell(labelRows, piece.first, 1, piece.last - piece.first + 1), doubts);
            }
        }
        for (int r = 0; r < bodyRows.size(); r++) {
            mergeAcross(slots, cols, headerRows + r, bodyRows.get(r), xs, doubts);
        }
        List<Grid.GridCell> cells = new ArrayList<>();
        for (int slot = 0; slot < slots.length; slot++) {
            Grid.GridCell cell = slots[slot];
            if (cell == null) {
                cells.add(new Grid.GridCell(slot / cols, slot % cols, 1, 1));
            } else if (cell.row() * cols + cell.col() == slot) {
                cells.add(cell);
            }
        }
        StreamRows.checkAmountsAlign(bodyRows, xs, em, doubts);
        return Optional.of(new Grid(xs, ys, cells, Grid.STREAM, 0, List.copyOf(doubts)));
    }

    /**
     * Index of the first body line: below a horizontal rule that has text above it (the rule under a 三线表's
     * header), else after a 栏次 line, else (but on a continuation page) the first line printing a number.
     */
    private static int bodyStart(List<Line> lines, List<Ruling> rulings, double em, boolean headed) {
        double top = lines.get(0).top(em);
        double bottom = lines.get(lines.size() - 1).bottom(em);
        double left = lines.stream().mapToDouble(Line::x0).min().orElseThrow();
        double right = lines.stream().mapToDouble(Line::x1).max().orElseThrow();
        List<Ruling> horizontals = GridDetector.merge(rulings.stream().filter(Ruling::horizontal).toList());
        for (Ruling ruling : horizontals) {
            if (ruling.position() > top && ruling.position() < bottom
                    && ruling.end() - ruling.start() >= 0.5 * (right - left)) {
                int below = 0;
                while (below < lines.size() && lines.get(below).baseline() < ruling.position()) {
                    below++;
                }
                if (below > 0 && below < lines.size()) {
                    return below;
                }
            }
        }
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
            if (isLanciLine(lines.get(i), em)) {
                return i + 1;
            }
        }
        if (!headed) { // a continuation shows a repeated header by its rule or its 栏次 line, else it has none
            return 0;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).fragments().stream().anyMatch(f -> Amounts.number(f.text()).isPresent())) {
                return i;
            }
        }
        return 0;
    }

    /** A 栏次 line: the word 栏次 and ascending numbers, or 1, 2, 3 … alone (as {@link HeaderRows} decides). */
    private static boolean isLanciLine(Line line, double em) {
        List<Cell> cells = line.labels(em, null).stream().map(label -> Cell.ofText(label.text())).toList();
        return HeaderRows.isLanciRow(cells);
    }

    /**
     * Halfway between the lowest glyph centre of what ends in the row above and the highest of what starts in the
     * row below (a header label spanning both rows crosses it, as a merged cell does).
     */
    private static double boundary(List<Glyph> above, List<Glyph> below, double em, List<String> doubts, int row) {
        double lo = above.stream().mapToDouble(Glyph::centerY).max().orElse(Double.NaN);
        double hi = below.stream().mapToDouble(Glyph::centerY).min().orElse(Double.NaN);
        if (Double.isNaN(lo) && Double.isNaN(hi)) {
            doubts.add("row " + row + " is empty");
            return Double.NaN;
        }
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return Double.isNaN(lo) ? hi - em / 2 : lo + em / 2;
        }
        if (hi <= lo) {
            doubts.add("rows " + (row - 1) + " and " + row + " interleave");
        }
        return (lo + hi) / 2;
    }

    /**
     * A body word across column boundaries (a total's label centred over the code and name columns) is a merged cell
     * when the columns it covers hold nothing else in its row; otherwise it is a doubt, since cutting it would misplace
     * its text.
     */
    private static void mergeAcross(Grid.GridCell[] slots, int cols, int row, List<Fragment> fragments, double[] xs,
            List<String> doubts) {
        for (Fragment fragment : fragments) {
            int first = Grid.slot(xs, fragment.x0() + 0.01);
            int last = Grid.slot(xs, fragment.x1() - 0.01);
            if (first == last) {
                continue;
            }
            boolean alone = fragments.stream().noneMatch(other -> other != fragment
                    && Grid.slot(xs, other.x1() - 0.01) >= first
                    && Grid.slot(xs, other.x0() + 0.01) <= last);
            if (alone) {
                place(slots, cols, new Grid.GridCell(row, first, 1, last - first + 1), doubts);
            } else {
                doubts.add("the text \"%s\" runs across columns %d–%d".formatted(fragment.text(), first + 1, last + 1));
            }
        }
    }

    private static void place(Grid.GridCell[] slots, int cols, Grid.GridCell cell, List<String> doubts) {
        for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
            for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
                if (slots[r * cols + c] != null) {
                    doubts.add("header labels overlap at row %d, column %d".formatted(r, c));
                    return;
                }
            }
        }
        for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
            for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
                slots[r * cols + c] = cell;
            }
        }
    }
}
