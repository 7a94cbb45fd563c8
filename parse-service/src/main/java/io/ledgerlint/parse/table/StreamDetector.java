package io.ledgerlint.parse.table;

import io.ledgerlint.domain.table.TableKinds;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.Ruling;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the tables printed with too few rules for a ruled grid (三线表, rules on some columns only, none at all): the
 * lines under a caption that names a table, down to its notes, the next caption or a wide gap, and, at the top of a
 * page, the lines that continue the previous page's table (a page break without a repeated header). Their grid is
 * read from the text ({@link StreamGrid}).
 */
final class StreamDetector {

    /** A vertical gap wider than this many ems ends the table. */
    private static final double ROW_GAP = 3.5;
    /** Caption lines (title, 公开0x表, 部门/单位) that may follow the naming line. */
    private static final int MAX_CAPTION_LINES = 4;
    /** A line that is one word this much of the text width wide is running text, not a table row. */
    private static final double PARAGRAPH = 0.55;
    private static final Pattern CAPTION_LINE = Pattern.compile("(单位|部门)[:：]|公开0?[1-9]表");
    private static final Pattern NOTE_START = Pattern.compile("^(注|说明|备注)");
    private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分");

    private StreamDetector() {
    }

    /**
     * @param lines        the page's text lines outside the ruled grids, top to bottom
     * @param lattice      the page's ruled grids
     * @param rulings      the page's ruling lines
     * @param continuation the column boundaries of the previous page's last table when it may continue on this page,
     *                     else null
     */
    static List<Grid> detect(List<TextLines.Line> lines, List<Grid> lattice, List<Ruling> rulings,
            double[] continuation) {
        List<Grid> grids = new ArrayList<>();
        double textWidth = lines.stream().mapToDouble(TextLines.Line::x1).max().orElse(0)
                - lines.stream().mapToDouble(TextLines.Line::x0).min().orElse(0);
        List<Ruling> horizontals = GridDetector.merge(rulings.stream().filter(Ruling::horizontal).toList());
        int i = 0;
        if (continuation != null) {
            int end = end(lines, 0, lattice, textWidth);
            if (end > 0) {
                StreamGrid.read(glyphs(lines.subList(0, end)), rulings, continuation)
                        .filter(grid -> grid.columnCount() == continuation.length - 1).ifPresent(grids::add);
                i = grids.isEmpty() ? 0 : end;
            }
        }
        while (i < lines.size()) {
            if (!namesTable(lines.get(i))) {
                i++;
                continue;
            }
            int start = i + 1;
            while (start < lines.size() && start - i <= MAX_CAPTION_LINES && isCaption(lines.get(start))) {
                start++;
            }
            start = belowTopRule(lines, i, start, horizontals, textWidth);
            int end = end(lines, start, lattice, textWidth);
            if (end > start) {
                StreamGrid.read(glyphs(lines.subList(start, end)), rulings, null)
                        .filter(grid -> grid.rowCount() >= 2).ifPresent(grids::add);
            }
            i = Math.max(end, i + 1);
        }
        return grids;
    }

    /**
     * Where the table starts when a rule across it opens it (a 三线表's top rule) a few lines below its naming line:
     * the caption lines above it ("某某局 单位：万元" printed without 部门：) are not the table's.
     *
     * @param horizontals the page's horizontal rulings, merged
     */
    private static int belowTopRule(List<TextLines.Line> lines, int naming, int start, List<Ruling> horizontals,
            double textWidth) {
        double from = lines.get(naming).bottom();
        int last = Math.min(lines.size(), naming + 1 + MAX_CAPTION_LINES);
        for (Ruling rule : horizontals) {
            if (rule.position() > from && rule.length() >= PARAGRAPH * textWidth) {
                int below = start;
                while (below < last && lines.get(below).bottom() < rule.position()) {
                    below++;
                }
                return below < last ? below : start;
            }
        }
        return start;
    }

    /** Index after the last line of a table starting at {@code start}. */
    private static int end(List<TextLines.Line> lines, int start, List<Grid> lattice, double textWidth) {
        if (start >= lines.size()) {
            return start;
        }
        double limit = lattice.stream().mapToDouble(Grid::top).filter(top -> top >= lines.get(start).bottom()).min()
                .orElse(Double.MAX_VALUE);
        int end = start;
        while (end < lines.size()) {
            TextLines.Line line = lines.get(end);
            String compact = Whitespace.removed(line.text());
            boolean ends = line.bottom() > limit || namesTable(line) || NOTE_START.matcher(compact).find()
                    || PART_HEADING.matcher(compact).find() || isParagraph(line, textWidth)
                    || (end > start && line.bottom() - lines.get(end - 1).bottom() > ROW_GAP * line.em());
            if (ends) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * A run of glyphs without a gap of half an em (running text sets its characters close; a table's cells keep a gap
     * between them, narrow header cells too), wider than a table cell would be.
     */
    private static boolean isParagraph(TextLines.Line line, double textWidth) {
        double em = line.em();
        double runStart = Double.NaN;
        double runEnd = Double.NaN;
        for (Glyph glyph : line.glyphs()) {
            if (Double.isNaN(runStart) || glyph.x0() - runEnd > StreamText.WORD_GAP * em) {
                runStart = glyph.x0();
            }
            runEnd = glyph.x1();
            if (runEnd - runStart > PARAGRAPH * textWidth) {
                return true;
            }
        }
        return false;
    }

    private static List<Glyph> glyphs(List<TextLines.Line> lines) {
        return lines.stream().flatMap(line -> line.glyphs().stream()).toList();
    }

    private static boolean namesTable(TextLines.Line line) {
        String compact = Whitespace.removed(line.text());
        return TableKinds.fromLabel(compact).isPresent() || TableKinds.fromStandardTitle(compact).isPresent()
                || TableKinds.fromAttachmentTitle(compact).isPresent();
    }

    private static boolean isCaption(TextLines.Line line) {
        return namesTable(line) || CAPTION_LINE.matcher(Whitespace.removed(line.text())).find();
    }
}
