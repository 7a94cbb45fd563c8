package io.ledgerlint.parse.table;

import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.domain.table.TableKinds;
import io.ledgerlint.parse.geometry.Glyph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the tables printed with too few rules for a grid (only horizontal rules, or none): below a caption that names
 * a table and has no ruled grid under it, each text line is a row and the columns are the x ranges the lines' words
 * share (text alignment), read from the body lines that carry amounts since header labels often straddle columns.
 */
final class StreamDetector {

    /** A gap between glyphs wider than this share of their height separates two cells of a line. */
    private static final double CELL_GAP = 1.2;
    /** A vertical gap wider than this many line heights ends the table. */
    private static final double ROW_GAP = 2.5;
    /** Caption lines (title, 公开0x表, 部门/单位) that may follow the naming line. */
    private static final int MAX_CAPTION_LINES = 4;
    private static final Pattern CAPTION_LINE = Pattern.compile("(单位|部门)[:：]|公开0?[1-9]表");
    private static final Pattern NOTE_START = Pattern.compile("^(注|说明|备注)");
    /** Margin around the text of a stream table, so that glyph centres fall inside. */
    private static final double MARGIN = 1;

    private StreamDetector() {
    }

    /**
     * @param lines   the page's text lines outside the ruled grids, top to bottom
     * @param lattice the page's ruled grids
     */
    static List<Grid> detect(List<TextLines.Line> lines, List<Grid> lattice) {
        List<Grid> grids = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!namesTable(lines.get(i))) {
                i++;
                continue;
            }
            int start = i + 1;
            while (start < lines.size() && start - i <= MAX_CAPTION_LINES && isCaption(lines.get(start))) {
                start++;
            }
            double limit = nextGridTop(lattice, lines.get(i).bottom());
            int end = start;
            while (end < lines.size() && lines.get(end).bottom() <= limit && !namesTable(lines.get(end))
                    && !NOTE_START.matcher(Whitespace.removed(lines.get(end).text())).find()
                    && (end == start || lines.get(end).top() - lines.get(end - 1).bottom()
                            <= ROW_GAP * lines.get(end - 1).height())) {
                end++;
            }
            Grid grid = end > start && limit > lines.get(start).bottom() ? grid(lines.subList(start, end)) : null;
            if (grid != null) {
                grids.add(grid);
            }
            i = Math.max(end, i + 1);
        }
        return grids;
    }

    private static boolean namesTable(TextLines.Line line) {
        String compact = Whitespace.removed(line.text());
        return TableKinds.fromLabel(compact).isPresent() || TableKinds.fromStandardTitle(compact).isPresent()
                || TableKinds.fromAttachmentTitle(compact).isPresent();
    }

    private static boolean isCaption(TextLines.Line line) {
        return namesTable(line) || CAPTION_LINE.matcher(Whitespace.removed(line.text())).find();
    }

    private static double nextGridTop(List<Grid> lattice, double below) {
        return lattice.stream().mapToDouble(Grid::top).filter(top -> top >= below).min().orElse(Double.MAX_VALUE);
    }

    /** The grid of the table lines, or null when they do not share at least two columns over two rows. */
    private static Grid grid(List<TextLines.Line> rows) {
        List<List<double[]>> cellsByRow = rows.stream().map(StreamDetector::cellRanges).toList();
        List<List<double[]>> body = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (cellsByRow.get(r).size() >= 2 && Amounts.number(lastWord(rows.get(r))).isPresent()) {
                body.add(cellsByRow.get(r));
            }
        }
        List<double[]> columns = columns(body.size() >= 2 ? body : cellsByRow);
        if (columns.size() < 2 || cellsByRow.stream().filter(cells -> cells.size() >= 2).count() < 2) {
            return null;
        }
        double[] xs = new double[columns.size() + 1];
        xs[0] = rows.stream().mapToDouble(TextLines.Line::x0).min().orElseThrow() - MARGIN;
        for (int c = 1; c < columns.size(); c++) {
            xs[c] = (columns.get(c - 1)[1] + columns.get(c)[0]) / 2;
        }
        xs[columns.size()] = rows.stream().mapToDouble(TextLines.Line::x1).max().orElseThrow() + MARGIN;
        double[] ys = new double[rows.size() + 1];
        ys[0] = rows.get(0).top() - MARGIN;
        for (int r = 1; r < rows.size(); r++) {
            ys[r] = (rows.get(r - 1).bottom() + rows.get(r).top()) / 2;
        }
        ys[rows.size()] = rows.get(rows.size() - 1).bottom() + MARGIN;
        List<Grid.GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells.add(new Grid.GridCell(r, c, 1, 1));
            }
        }
        return new Grid(xs, ys, cells, Grid.STREAM, 0);
    }

    /** The x ranges of a line's cells: runs of glyphs without a wide gap. */
    private static List<double[]> cellRanges(TextLines.Line line) {
        List<double[]> ranges = new ArrayList<>();
        double[] current = null;
        for (Glyph glyph : line.glyphs()) {
            if (current != null && glyph.x0() - current[1] <= CELL_GAP * glyph.height()) {
                current[1] = Math.max(current[1], glyph.x1());
            } else {
                current = new double[] {glyph.x0(), glyph.x1()};
                ranges.add(current);
            }
        }
        return ranges;
    }

    /** Columns: the x ranges of all cells, overlapping ones joined. */
    private static List<double[]> columns(List<List<double[]>> cellsByRow) {
        List<double[]> ranges = new ArrayList<>();
        cellsByRow.forEach(ranges::addAll);
        ranges.sort(Comparator.comparingDouble(r -> r[0]));
        List<double[]> columns = new ArrayList<>();
        for (double[] range : ranges) {
            double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                columns.add(range.clone());
            }
        }
        return columns;
    }

    private static String lastWord(TextLines.Line line) {
        String[] words = Whitespace.words(line.text());
        return words[words.length - 1];
    }
}
