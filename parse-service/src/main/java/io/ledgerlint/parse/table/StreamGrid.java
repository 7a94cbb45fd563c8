package io.ledgerlint.parse.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.domain.table.HeaderRows;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.Ruling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

    /** Glyphs closer than this share of the type size belong to one word (a fragment). */
    private static final double WORD_GAP = 0.5;
    /** Where a number meets an ideograph, a gap of this share of the type size separates two words. */
    private static final double NUMBER_GAP = 0.2;
    /** Fragments of a header line closer than this many ems are one label ("项 目", "功能分类 科目编码"). */
    private static final double LABEL_GAP = 1.2;
    /** Glyphs whose baselines differ by less than this many ems are on one line. */
    private static final double SAME_LINE = 0.3;
    /** A header label centred over columns within this many ems of their middle spans them. */
    private static final double CENTRED = 0.6;
    /**
     * A group header taking the labels below it may sit this share of its columns' width off their middle: the
     * columns' edges are estimated from the text, not printed.
     */
    private static final double ORPHAN_CENTRED = 0.15;
    /** Wrapped lines of one header label follow within this many ems. */
    private static final double HEADER_WRAP = 1.5;
    /** The text box of a line: this many ems above its baseline, {@link #BELOW} below. */
    private static final double ABOVE = 0.75;
    private static final double BELOW = 0.1;
    /** Amounts of one column align on their right or centre edges within this many ems. */
    private static final double ALIGNED = 0.6;
    private static final double MARGIN = 1;
    /** A 栏次 number this many ems beside a column's amounts heads that column. */
    private static final double NEAR_LANCI = 1.5;
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
        double em = em(glyphs);
        List<Line> lines = lines(glyphs, em);
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
        double[] own = header.isEmpty() && inherited != null ? null : columns(body, lanci, labels, em);
        boolean useInherited = inherited != null && (own == null || own.length != inherited.length)
                && fits(inherited, body);
        double[] xs = useInherited ? inherited : own != null ? own : columns(body, lanci, labels, em);
        if (!useInherited && xs.length >= 2) { // the outer edges hold the header's text too
            xs[0] = Math.min(xs[0], glyphs.stream().mapToDouble(Glyph::x0).min().orElseThrow() - MARGIN);
            xs[xs.length - 1] = Math.max(xs[xs.length - 1],
                    glyphs.stream().mapToDouble(Glyph::x1).max().orElseThrow() + MARGIN);
        }
        if (xs.length < 3) {
            return Optional.empty();
        }
        int cols = xs.length - 1;
        List<Block> headerBlocks = headerBlocks(labels, xs, em);
        for (Block a : headerBlocks) {
            for (Block b : headerBlocks) {
                if (a.x0 < b.x0 && a.overlaps(b) && a.top < b.bottom && b.top < a.bottom) {
                    doubts.add("header labels \"%s\" and \"%s\" share a column".formatted(a.text(), b.text()));
                }
            }
        }
        int labelRows = levels(headerBlocks, xs, em);
        int headerRows = labelRows + (lanci == null ? 0 : 1);
        List<List<Fragment>> bodyRows = bodyRows(body, xs, em, doubts);
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
        ys[0] = glyphs.stream().mapToDouble(Glyph::top).min().orElseThrow() - MARGIN;
        for (int r = 1; r < rowCount; r++) {
            ys[r] = boundary(ending.get(r - 1), starting.get(r), em, doubts, r);
        }
        ys[rowCount] = glyphs.stream().mapToDouble(Glyph::baseline).max().orElseThrow() + MARGIN;
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
            List<Block> lanciLabels = pieces(List.of(lanci), xs, em);
            centre(lanciLabels, xs, em);
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
        checkAmountsAlign(bodyRows, xs, em, doubts);
        return Optional.of(new Grid(xs, ys, cells, Grid.STREAM, 0, List.copyOf(doubts)));
    }

    /** The type size: the median width of the ideographs (as wide as the type is big), else twice a digit's. */
    static double em(List<Glyph> glyphs) {
        double[] ideographs = glyphs.stream().filter(g -> isIdeograph(g.text())).mapToDouble(Glyph::width).sorted()
                .toArray();
        if (ideographs.length > 0) {
            return ideographs[ideographs.length / 2];
        }
        double[] others = glyphs.stream().mapToDouble(Glyph::width).filter(w -> w > 0).sorted().toArray();
        return others.length == 0 ? 10 : 2 * others[others.length / 2];
    }

    private static boolean isIdeograph(String text) {
        return !text.isEmpty() && Character.isIdeographic(text.codePointAt(0));
    }

    /** Lines by baseline, top to bottom, each split into fragments (words) left to right. */
    private static List<Line> lines(List<Glyph> glyphs, double em) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && glyph.baseline() - current.get(0).baseline() > SAME_LINE * em) {
                lines.add(line(current, em));
                current = new ArrayList<>();
            }
            current.add(glyph);
        }
        lines.add(line(current, em));
        return lines;
    }

    private static Line line(List<Glyph> glyphs, double em) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x0));
        List<Fragment> fragments = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!word.isEmpty() && separates(word.get(word.size() - 1), glyph, em)) {
                fragments.add(Fragment.of(word));
                word = new ArrayList<>();
            }
            if (!glyph.text().isBlank()) {
                word.add(glyph);
            }
        }
        if (!word.isEmpty()) {
            fragments.add(Fragment.of(word));
        }
        return new Line(fragments);
    }

    /**
     * Whether a gap between two glyphs of a line separates two words: a wide one always; a narrow one where a number
     * meets an ideograph (an amount right-aligned against the next column's left-aligned label).
     */
    private static boolean separates(Glyph left, Glyph right, double em) {
        double gap = right.x0() - left.x1();
        return gap > WORD_GAP * em || gap > NUMBER_GAP * em && isIdeograph(left.text()) != isIdeograph(right.text())
                && (isDigit(left.text()) || isDigit(right.text()));
    }

    private static boolean isDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
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
     * Whether the body's words lie inside the columns {@code xs}: all within the outer edges and, but for a few (a
     * total's label across two columns), each inside one column.
     */
    private static boolean fits(double[] xs, List<Line> body) {
        int words = 0;
        int across = 0;
        for (Line line : body) {
            for (Fragment fragment : line.fragments()) {
                if (fragment.x0() < xs[0] - MARGIN || fragment.x1() > xs[xs.length - 1] + MARGIN) {
                    return false;
                }
                words++;
                if (slot(xs, fragment.x0() + 0.01) != slot(xs, fragment.x1() - 0.01)) {
                    across++;
                }
            }
        }
        return across <= Math.max(2, words / 5);
    }

    /**
     * Column boundaries: the x ranges the body's words occupy, joined where they overlap; then, to find the columns
     * that hold no amount, the 栏次 numbers (one per column, {@link #placeLanciNumbers}) or, without a 栏次 row, the
     * header labels, lowest first, each joining the one range it overlaps or opening a range of its own; a label over
     * two ranges is a spanning header and shapes no column.
     */
    private static double[] columns(List<Line> body, Line lanci, List<Line> labels, double em) {
        List<double[]> ranges = new ArrayList<>();
        for (Line line : body) {
            for (Fragment fragment : line.fragments()) {
                ranges.add(new double[] {fragment.x0(), fragment.x1()});
            }
        }
        List<double[]> columns = union(ranges);
        List<double[]> numeric = columns.stream().filter(column -> body.stream().flatMap(l -> l.fragments().stream())
                .anyMatch(f -> f.isNumber() && f.x0() >= column[0] && f.x1() <= column[1])).toList();
        List<Block> leaves = lowestLabels(labels, em);
        List<double[]> headed = new ArrayList<>();
        if (lanci != null) {
            List<Fragment> numbers = lanci.fragments().stream().filter(f -> HeaderRows.lanciNumber(f.text()) != null)
                    .toList();
            List<double[]> bodyColumns = List.copyOf(columns);
            placeLanciNumbers(columns, numbers, leaves, headed, em);
            joinAmountsToTheirNumber(columns, bodyColumns, numeric, numbers);
        }
        placeLabels(columns, leaves, headed, em);
        List<double[]> labelRanges = lowestLabels(labels, em).stream().map(l -> new double[] {l.x0, l.x1}).toList();
        double[] xs = new double[columns.size() + 1];
        xs[0] = columns.get(0)[0] - MARGIN;
        for (int c = 1; c < columns.size(); c++) {
            xs[c] = boundary(columns.get(c - 1)[1], columns.get(c)[0], labelRanges);
        }
        xs[columns.size()] = columns.get(columns.size() - 1)[1] + MARGIN;
        return xs;
    }

    /**
     * The header labels (their wrapped lines joined) with no other label under them, up to halfway to their
     * neighbours at the same height: those over one column each, where group headers (收入 over 项目, 行次, 决算数; "项　目"
     * centred over 科目代码 and 科目名称) span several.
     */
    private static List<Block> lowestLabels(List<Line> labels, double em) {
        List<Block> pieces = new ArrayList<>();
        labels.forEach(line -> pieces.addAll(line.labels(em, null)));
        pieces.sort(Comparator.comparingDouble(b -> b.baseline));
        List<Block> all = new ArrayList<>();
        for (Block piece : pieces) {
            Block wrapped = all.stream().filter(block -> piece.baseline - block.baseline <= HEADER_WRAP * em
                    && block.x0 < piece.x1 && piece.x0 < block.x1).reduce((a, b) -> b).orElse(null);
            if (wrapped == null) {
                all.add(piece);
            } else {
                wrapped.absorb(piece);
            }
        }
        return all.stream().filter(label -> {
            double width = label.x1 - label.x0;
            double left = (label.x0 + all.stream().filter(other -> other.top < label.bottom
                    && label.top < other.bottom && other.x1 <= label.x0).mapToDouble(other -> other.x1).max()
                    .orElse(label.x0 - width)) / 2;
            double right = (label.x1 + all.stream().filter(other -> other.top < label.bottom
                    && label.top < other.bottom && other.x0 >= label.x1).mapToDouble(other -> other.x0).min()
                    .orElse(label.x1 + width)) / 2;
            return all.stream().noneMatch(below -> below.top >= label.bottom && below.x0 < right && left < below.x1);
        }).toList();
    }

    /**
     * Where the boundary goes in the gap between two columns' text: the middle of the widest stretch no header label
     * covers (header labels are often wider than the body text under them), labels across the whole gap (spanning
     * headers) aside.
     */
    private static double boundary(double from, double to, List<double[]> labels) {
        List<double[]> covering = labels.stream().filter(l -> l[0] < to && from < l[1] && !(l[0] <= from && to <= l[1]))
                .map(l -> new double[] {Math.max(from, l[0]), Math.min(to, l[1])}).toList();
        double best = (from + to) / 2;
        double widest = 0;
        double start = from;
        for (double[] covered : union(covering)) {
            if (covered[0] - start > widest) {
                widest = covered[0] - start;
                best = (start + covered[0]) / 2;
            }
            start = Math.max(start, covered[1]);
        }
        if (to - start > widest) {
            best = (start + to) / 2;
        }
        return best;
    }

    /**
     * Each 栏次 number heads one column: the range it overlaps; else the unheaded neighbouring range that sits under
     * the number's header label or nearer to it than to any other (amounts are right-aligned, the number centred: they
     * need not overlap), or, without a label above, within {@link #NEAR_LANCI} of the number; else a column of its own
     * (one without amounts).
     */
    private static void placeLanciNumbers(List<double[]> columns, List<Fragment> numbers, List<Block> leaves,
            List<double[]> headed, double em) {
        List<Fragment> unplaced = new ArrayList<>();
        for (Fragment number : numbers) {
            double[] column = columns.stream().filter(c -> c[0] < number.x1() && number.x0() < c[1]).findFirst()
                    .orElse(null);
            if (column == null) {
                unplaced.add(number);
            } else {
                headed.add(column);
            }
        }
        for (Fragment number : unplaced) {
            Block label = leaves.stream().filter(l -> l.x0 <= number.centerX() && number.centerX() <= l.x1)
                    .findFirst().orElse(null);
            double[] owner = null;
            double nearest = Double.MAX_VALUE;
            for (double[] column : neighbours(columns, number, numbers)) {
                if (headed.stream().anyMatch(h -> h == column)) {
                    continue;
                }
                double distance = label == null ? gap(column, number.x0(), number.x1()) : gap(column, label.x0, label.x1);
                boolean qualifies = label == null ? distance <= NEAR_LANCI * em
                        : leaves.stream().filter(other -> other.x1 <= label.x0 || label.x1 <= other.x0)
                                .allMatch(other -> gap(column, other.x0, other.x1) > distance);
                if (qualifies && distance < nearest) {
                    owner = column;
                    nearest = distance;
                }
            }
            if (owner == null) {
                owner = new double[] {number.x0(), number.x1()};
                columns.add(owner);
                columns.sort(Comparator.comparingDouble(c -> c[0]));
            } else {
                owner[0] = Math.min(owner[0], number.x0());
                owner[1] = Math.max(owner[1], number.x1());
            }
            headed.add(owner);
        }
    }

    /**
     * A column of amounts without a 栏次 number right of a 栏次 number over no text is that number's column: the
     * number centred in a wide column, its amounts right-aligned far from it.
     */
    private static void joinAmountsToTheirNumber(List<double[]> columns, List<double[]> bodyColumns,
            List<double[]> numeric, List<Fragment> numbers) {
        for (int c = 0; c + 1 < columns.size(); c++) {
            double[] numberOnly = columns.get(c);
            double[] amounts = columns.get(c + 1);
            boolean lone = bodyColumns.stream().noneMatch(b -> b == numberOnly)
                    && numbers.stream().anyMatch(n -> n.x0() >= numberOnly[0] && n.x1() <= numberOnly[1]);
            boolean unnumbered = numeric.stream().anyMatch(n -> n == amounts)
                    && numbers.stream().noneMatch(n -> n.x0() < amounts[1] && amounts[0] < n.x1());
            if (lone && unnumbered && numbers.stream().noneMatch(n -> n.x0() >= amounts[0] && n.x1() <= amounts[1])) {
                amounts[0] = numberOnly[0];
                columns.remove(c);
            }
        }
    }

    /** The ranges just left and right of a 栏次 number, when no other number stands between. */
    private static List<double[]> neighbours(List<double[]> columns, Fragment number, List<Fragment> numbers) {
        List<double[]> found = new ArrayList<>();
        columns.stream().filter(c -> c[1] <= number.x0()).reduce((a, b) -> b).ifPresent(found::add);
        columns.stream().filter(c -> c[0] >= number.x1()).findFirst().ifPresent(found::add);
        return found.stream().filter(c -> numbers.stream().noneMatch(other -> other != number
                && other.centerX() > Math.min(c[1], number.centerX())
                && other.centerX() < Math.max(c[0], number.centerX()))).toList();
    }

    /** The distance between a range and the interval {@code x0..x1}; 0 when they overlap. */
    private static double gap(double[] range, double x0, double x1) {
        return Math.max(0, Math.max(range[0] - x1, x0 - range[1]));
    }

    /**
     * Each lowest header label heads one column: the one range it overlaps (widened to it); else the nearest range
     * that no label or 栏次 number heads yet and no other label is nearer to (a label centred over short
     * left-aligned text need not overlap it); else a column of its own (one without amounts). A label over two ranges
     * shapes none.
     */
    private static void placeLabels(List<double[]> columns, List<Block> leaves, List<double[]> headed, double em) {
        List<Block> unplaced = new ArrayList<>();
        for (Block label : leaves) {
            List<double[]> overlapped = columns.stream().filter(c -> c[0] < label.x1 && label.x0 < c[1]).toList();
            if (overlapped.size() == 1) {
                double[] column = overlapped.get(0);
                double from = Math.min(column[0], label.x0);
                double to = Math.max(column[1], label.x1);
                if (columns.stream().noneMatch(c -> c != column && c[0] < to && from < c[1])) {
                    column[0] = from;
                    column[1] = to;
                }
                headed.add(column);
            } else if (overlapped.isEmpty()) {
                unplaced.add(label);
            }
        }
        for (Block label : unplaced) {
            double[] joined = columns.stream().filter(c -> c[0] < label.x1 && label.x0 < c[1]).findFirst().orElse(null);
            if (joined != null) { // a wrapped label's other line, placed already
                joined[0] = Math.min(joined[0], label.x0);
                joined[1] = Math.max(joined[1], label.x1);
                continue;
            }
            double[] owner = null;
            double nearest = Double.MAX_VALUE;
            for (double[] column : columns) {
                double distance = gap(column, label.x0, label.x1);
                boolean nearestLabel = unplaced.stream().filter(other -> other != label)
                        .allMatch(other -> gap(column, other.x0, other.x1) > distance);
                if (distance < nearest && nearestLabel && headed.stream().noneMatch(h -> h == column)) {
                    owner = column;
                    nearest = distance;
                }
            }
            if (owner == null) {
                owner = new double[] {label.x0, label.x1};
                columns.add(owner);
                columns.sort(Comparator.comparingDouble(c -> c[0]));
            } else {
                owner[0] = Math.min(owner[0], label.x0);
                owner[1] = Math.max(owner[1], label.x1);
            }
            headed.add(owner);
        }
    }

    private static List<double[]> union(List<double[]> ranges) {
        List<double[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingDouble(r -> r[0]));
        List<double[]> union = new ArrayList<>();
        for (double[] range : sorted) {
            double[] last = union.isEmpty() ? null : union.get(union.size() - 1);
            if (last != null && range[0] < last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                union.add(range.clone());
            }
        }
        return union;
    }

    /**
     * The header's labels as blocks: a label's lines (a wrapped label) joined, each then spanning the columns it is
     * centred over ({@link #centre}).
     */
    private static List<Block> headerBlocks(List<Line> labels, double[] xs, double em) {
        List<Block> pieces = pieces(labels, xs, em);
        pieces.sort(Comparator.comparingDouble(b -> b.baseline));
        List<Block> blocks = new ArrayList<>();
        for (Block piece : pieces) {
            Block wrapped = null;
            for (Block block : blocks) {
                boolean under = block.first == piece.first && block.last == piece.last
                        ? block.x0 < piece.x1 && piece.x0 < block.x1 // the same columns, overlapping
                        : block.x0 <= piece.x0 && piece.x1 <= block.x1; // a short last line centred under it
                if (under && piece.baseline - block.baseline <= HEADER_WRAP * em) {
                    wrapped = block;
                }
            }
            if (wrapped == null) {
                blocks.add(piece);
            } else {
                wrapped.absorb(piece);
            }
        }
        centre(blocks, xs, em);
        return blocks;
    }

    /** The labels of lines, each spanning the columns under its text. */
    private static List<Block> pieces(List<Line> lines, double[] xs, double em) {
        List<Block> pieces = new ArrayList<>();
        for (Line line : lines) {
            for (Block piece : line.labels(em, xs)) {
                piece.first = slot(xs, Math.max(piece.x0, xs[0]) + 0.01);
                piece.last = slot(xs, Math.min(piece.x1, xs[xs.length - 1]) - 0.01);
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /**
     * Gives each label the columns it is centred over, lowest labels first: of the ranges around its text that hold
     * no other label at its height (a group header such as 预算数 reaches as far as the next group header) and cut
     * no label below it in two, the one whose middle is nearest the middle of its text.
     */
    private static void centre(List<Block> blocks, double[] xs, double em) {
        List<Block> lowestFirst = new ArrayList<>(blocks);
        lowestFirst.sort(Comparator.comparingDouble((Block b) -> b.top).reversed());
        lowestFirst.forEach(block -> centre(blocks, block, List.of(), xs, em).applyTo(block));
    }

    /**
     * @param orphans labels below that want a header above them: of the well-centred ranges, the one covering most of
     *                them wins
     */
    private static Span centre(List<Block> blocks, Block block, List<Block> orphans, double[] xs, double em) {
        double centre = (block.x0 + block.x1) / 2;
        int lo = block.first;
        while (lo > 0 && free(blocks, block, lo - 1)) {
            lo--;
        }
        int hi = block.last;
        while (hi + 2 < xs.length && free(blocks, block, hi + 1)) {
            hi++;
        }
        int first = block.first;
        int last = block.last;
        double best = Double.MAX_VALUE;
        int mostCovered = 0;
        int narrowest = Integer.MAX_VALUE;
        for (int a = block.first; a >= lo; a--) {
            for (int b = block.last; b <= hi; b++) {
                if (!coversWhole(blocks, block, a, b)) {
                    continue;
                }
                double off = Math.abs(centre - (xs[a] + xs[b + 1]) / 2);
                int from = a;
                int to = b;
                int covered = (int) orphans.stream().filter(o -> from <= o.first && o.last <= to).count();
                boolean better;
                if (orphans.isEmpty()) { // the narrowest range it is centred over, else the best centred
                    boolean centred = off <= CENTRED * em;
                    better = centred ? b - a < narrowest || b - a == narrowest && off < best
                            : narrowest == Integer.MAX_VALUE && off < best;
                    if (better && centred) {
                        narrowest = b - a;
                    }
                } else {
                    boolean centred = off <= Math.max(CENTRED * em, ORPHAN_CENTRED * (xs[b + 1] - xs[a]));
                    better = covered > mostCovered && centred || covered == mostCovered && off < best;
                    if (better) {
                        mostCovered = covered;
                    }
                }
                if (better) {
                    best = off;
                    first = a;
                    last = b;
                }
            }
        }
        return new Span(first, last, mostCovered, best / (xs[last + 1] - xs[first]));
    }

    /**
     * Columns a label may span.
     *
     * @param covered how many of the wanted labels below it covers
     * @param offset  how far its text sits off their middle, as a share of their width
     */
    private record Span(int first, int last, int covered, double offset) {

        void applyTo(Block block) {
            block.first = first;
            block.last = last;
        }

        boolean betterThan(Span other) {
            return other == null || covered > other.covered || covered == other.covered && offset < other.offset;
        }
    }

    /** Whether the columns {@code a..b} hold each label below {@code block} wholly or not at all. */
    private static boolean coversWhole(List<Block> blocks, Block block, int a, int b) {
        return blocks.stream().noneMatch(below -> below.top > block.bottom && below.first <= b && a <= below.last
                && (below.first < a || below.last > b));
    }

    /** Whether no other label at the height of {@code block} stands in column {@code column}. */
    private static boolean free(List<Block> blocks, Block block, int column) {
        return blocks.stream().noneMatch(other -> other != block && other.first <= column && column <= other.last
                && other.top < block.bottom && block.top < other.bottom);
    }

    /**
     * Gives each header block its row (one more than the lowest block above it over the same columns) and its row
     * span (down to the next block below it, or to the last label row); returns the number of label rows.
     */
    private static int levels(List<Block> blocks, double[] xs, double em) {
        blocks.sort(Comparator.comparingDouble(b -> b.top));
        int rows = 0;
        for (Block block : blocks) {
            block.level = 0;
            for (Block above : blocks) {
                if (above != block && above.overlaps(block) && above.bottom < block.top) {
                    block.level = Math.max(block.level, above.level + 1);
                }
            }
            rows = Math.max(rows, block.level + 1);
        }
        for (int level = 0; level + 1 < rows; level++) {
            fillHoles(blocks, level, xs, em);
        }
        for (Block block : blocks) {
            int end = rows;
            for (Block below : blocks) {
                if (below.level > block.level && below.overlaps(block)) {
                    end = Math.min(end, below.level);
                }
            }
            block.rowSpan = end - block.level;
        }
        return rows;
    }

    /**
     * A label with nothing above it that starts as low as the labels of the next row is one of them, not a label
     * spanning both rows, when a neighbouring group header takes the cell above it: "本年支出" centred over 小计,
     * 基本支出 and 项目支出 is widened over the first and the last once they are known to stand below it.
     */
    private static void fillHoles(List<Block> blocks, int level, double[] xs, double em) {
        double nextTop = blocks.stream().filter(b -> b.level == level + 1).mapToDouble(b -> b.top).min()
                .orElse(Double.MAX_VALUE);
        List<Block> orphans = blocks.stream().filter(block -> block.level == level && !hasChild(blocks, block)
                && block.top >= nextTop - SAME_LINE * em).toList();
        if (orphans.isEmpty()) {
            return;
        }
        orphans.forEach(orphan -> orphan.level = level + 1);
        List<Block> parents = new ArrayList<>(blocks.stream()
                .filter(parent -> parent.level == level && hasChild(blocks, parent)).toList());
        while (!parents.isEmpty()) { // the group header that takes most of them, best centred, goes first
            Block chosen = null;
            Span chosenSpan = null;
            for (Block parent : parents) {
                Span span = centre(blocks, parent, orphans, xs, em);
                if (span.betterThan(chosenSpan)) {
                    chosen = parent;
                    chosenSpan = span;
                }
            }
            chosenSpan.applyTo(chosen);
            parents.remove(chosen);
        }
        for (Block orphan : orphans) {
            if (blocks.stream().noneMatch(above -> above.level == level && above.overlaps(orphan))) {
                orphan.level = level;
            }
        }
    }

    private static boolean hasChild(List<Block> blocks, Block parent) {
        return blocks.stream().anyMatch(child -> child.level > parent.level && child.overlaps(parent));
    }

    /**
     * Body rows: each column's lines chained where they follow closer than rows do (a wrapped cell), then words of
     * different columns that overlap vertically joined into one row.
     */
    private static List<List<Fragment>> bodyRows(List<Line> body, double[] xs, double em, List<String> doubts) {
        double wrap = wrapPitch(body, em);
        int cols = xs.length - 1;
        List<List<Fragment>> byColumn = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (Line line : body) {
            for (Fragment fragment : line.fragments()) {
                byColumn.get(slot(xs, fragment.centerX())).add(fragment);
            }
        }
        double[] anchors = body.stream().filter(line -> line.fragments().stream().anyMatch(Fragment::isNumber))
                .mapToDouble(Line::baseline).toArray();
        List<Chain> chains = new ArrayList<>();
        for (List<Fragment> column : byColumn) {
            Chain chain = null;
            for (Fragment fragment : column) {
                boolean continues = chain != null && !chain.numeric() && !fragment.isNumber()
                        && fragment.baseline() - chain.lastBaseline() <= wrap;
                boolean sameLine = chain != null && fragment.baseline() - chain.lastBaseline() <= SAME_LINE * em;
                if (continues || sameLine) {
                    chain.add(fragment);
                } else {
                    chain = new Chain(new ArrayList<>(List.of(fragment)), em);
                    chains.add(chain);
                }
            }
        }
        chains = splitAtAnchors(chains, anchors, em);
        checkAlignment(chains, anchors, em, doubts);
        chains.sort(Comparator.comparingDouble(Chain::top));
        List<List<Chain>> groups = new ArrayList<>();
        double groupBottom = Double.NEGATIVE_INFINITY;
        for (Chain chain : chains) {
            if (chain.top() >= groupBottom) {
                groups.add(new ArrayList<>());
                groupBottom = chain.bottom();
            }
            groups.get(groups.size() - 1).add(chain);
            groupBottom = Math.max(groupBottom, chain.bottom());
        }
        List<List<Fragment>> rows = new ArrayList<>();
        for (List<Chain> group : groups) {
            int[] numbers = new int[cols];
            List<Fragment> row = new ArrayList<>();
            for (Chain chain : group) {
                row.addAll(chain.fragments());
                if (chain.numeric() && ++numbers[slot(xs, chain.fragments().get(0).centerX())] == 2) {
                    doubts.add("two numbers in one cell near y=%.0f".formatted(chain.top()));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A chain of text lines that spans the numbers of two or more rows is two or more cells run together (the first
     * line of a label centred beside its numbers follows the label above as closely as its own second line): it is cut
     * where each part sits best on its row's numbers, centred on them or starting level with them.
     */
    private static List<Chain> splitAtAnchors(List<Chain> chains, double[] anchors, double em) {
        List<Chain> result = new ArrayList<>();
        for (Chain chain : chains) {
            double from = chain.fragments().get(0).baseline() - SAME_LINE * em;
            double to = chain.lastBaseline() + SAME_LINE * em;
            double[] inside = Arrays.stream(anchors).filter(a -> a >= from && a <= to).toArray();
            List<double[]> lines = chain.lineBaselines(SAME_LINE * em);
            if (chain.numeric() || inside.length < 2 || lines.size() < inside.length) {
                result.add(chain);
                continue;
            }
            int[] cuts = bestCuts(lines, inside);
            int start = 0;
            for (int g = 0; g < inside.length; g++) {
                int end = g + 1 < inside.length ? cuts[g] : lines.size();
                double top = lines.get(start)[0];
                double bottom = lines.get(end - 1)[0];
                List<Fragment> part = chain.fragments().stream()
                        .filter(f -> f.baseline() >= top - SAME_LINE * em && f.baseline() <= bottom + SAME_LINE * em)
                        .toList();
                result.add(new Chain(new ArrayList<>(part), em));
                start = end;
            }
        }
        return result;
    }

    /**
     * Wrapped cells of one table sit the same way beside their row's numbers: centred on them or starting level with
     * them. Both at once means a row was cut or joined wrongly (a cell split by a page break, say).
     */
    private static void checkAlignment(List<Chain> chains, double[] anchors, double em, List<String> doubts) {
        int centred = 0;
        int top = 0;
        for (Chain chain : chains) {
            List<double[]> lines = chain.lineBaselines(SAME_LINE * em);
            double first = lines.get(0)[0];
            double last = lines.get(lines.size() - 1)[0];
            double[] inside = Arrays.stream(anchors).filter(a -> a >= first - SAME_LINE * em && a <= last + SAME_LINE
                    * em).toArray();
            if (chain.numeric() || lines.size() < 2 || inside.length != 1) {
                continue;
            }
            if (Math.abs(inside[0] - (first + last) / 2) <= SAME_LINE * em) {
                centred++;
            } else if (Math.abs(inside[0] - first) <= SAME_LINE * em) {
                top++;
            }
        }
        if (centred > 0 && top > 0) {
            doubts.add("wrapped cells sit both centred (%d) and top-aligned (%d) beside their numbers".formatted(centred,
                    top));
        }
    }

    /**
     * Where to cut the lines (baselines ascending) into as many contiguous groups as there are anchors, each group
     * costing the distance between its anchor and its middle or its first line, whichever is less.
     */
    private static int[] bestCuts(List<double[]> lines, double[] anchors) {
        int n = lines.size();
        int k = anchors.length;
        double[][] cost = new double[k + 1][n + 1];
        int[][] from = new int[k + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        cost[0][0] = 0;
        for (int g = 1; g <= k; g++) {
            for (int end = g; end <= n - (k - g); end++) {
                for (int start = g - 1; start < end; start++) {
                    if (cost[g - 1][start] == Double.MAX_VALUE) {
                        continue;
                    }
                    double first = lines.get(start)[0];
                    double middle = (first + lines.get(end - 1)[0]) / 2;
                    double total = cost[g - 1][start]
                            + Math.min(Math.abs(middle - anchors[g - 1]), Math.abs(first - anchors[g - 1]));
                    if (total < cost[g][end]) {
                        cost[g][end] = total;
                        from[g][end] = start;
                    }
                }
            }
        }
        int[] cuts = new int[k - 1];
        int end = n;
        for (int g = k; g > 1; g--) {
            end = from[g][end];
            cuts[g - 2] = end;
        }
        return cuts;
    }

    /**
     * How close the lines of one wrapped cell follow: closer than rows do. Rows are measured between lines that print
     * a number (numbers never wrap): a little less than the smallest such pitch, bounded by the usual line spacings.
     */
    private static double wrapPitch(List<Line> body, double em) {
        List<Double> pitches = new ArrayList<>();
        Line previous = null;
        for (Line line : body) {
            if (line.fragments().stream().anyMatch(Fragment::isNumber)) {
                if (previous != null) {
                    pitches.add(line.baseline() - previous.baseline());
                }
                previous = line;
            }
        }
        double rowPitch = pitches.stream().mapToDouble(Double::doubleValue).sorted()
                .skip(pitches.size() / 5).findFirst().orElse(1.8 * em);
        return Math.max(1.05 * em, Math.min(1.6 * em, 0.85 * rowPitch));
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
            int first = slot(xs, fragment.x0() + 0.01);
            int last = slot(xs, fragment.x1() - 0.01);
            if (first == last) {
                continue;
            }
            boolean alone = fragments.stream().noneMatch(other -> other != fragment
                    && slot(xs, other.x1() - 0.01) >= first && slot(xs, other.x0() + 0.01) <= last);
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

    /**
     * Amounts of one column share their right edge (or their centre): a column whose numbers do not line up was
     * probably cut in the wrong place.
     */
    private static void checkAmountsAlign(List<List<Fragment>> rows, double[] xs, double em, List<String> doubts) {
        for (int c = 0; c < xs.length - 1; c++) {
            int column = c;
            List<Fragment> numbers = rows.stream().flatMap(List::stream)
                    .filter(f -> f.isNumber() && slot(xs, f.centerX()) == column).toList();
            if (numbers.size() < 2) {
                continue;
            }
            if (spread(numbers.stream().mapToDouble(Fragment::x1).toArray()) > ALIGNED * em
                    && spread(numbers.stream().mapToDouble(Fragment::centerX).toArray()) > ALIGNED * em
                    && spread(numbers.stream().mapToDouble(Fragment::x0).toArray()) > ALIGNED * em) {
                doubts.add("the numbers of column %d do not line up".formatted(c + 1));
            }
        }
    }

    private static double spread(double[] values) {
        return Arrays.stream(values).max().orElse(0) - Arrays.stream(values).min().orElse(0);
    }

    static int slot(double[] boundaries, double value) {
        int i = Arrays.binarySearch(boundaries, value);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(boundaries.length - 2, slot));
    }

    /** A word: glyphs of one line without a wide gap. */
    private record Fragment(String text, double x0, double x1, double baseline, List<Glyph> glyphs) {

        static Fragment of(List<Glyph> glyphs) {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return new Fragment(text.toString(), glyphs.get(0).x0(),
                    glyphs.stream().mapToDouble(Glyph::x1).max().orElseThrow(),
                    glyphs.stream().mapToDouble(Glyph::baseline).max().orElseThrow(), List.copyOf(glyphs));
        }

        double centerX() {
            return (x0 + x1) / 2;
        }

        boolean isNumber() {
            return Amounts.number(text).isPresent();
        }
    }

    /** The words of one line, left to right. */
    private record Line(List<Fragment> fragments) {

        double baseline() {
            return fragments.stream().mapToDouble(Fragment::baseline).average().orElse(0);
        }

        double top(double em) {
            return baseline() - ABOVE * em;
        }

        double bottom(double em) {
            return baseline() + BELOW * em;
        }

        double x0() {
            return fragments.get(0).x0();
        }

        double x1() {
            return fragments.get(fragments.size() - 1).x1();
        }

        List<Glyph> glyphs() {
            return fragments.stream().flatMap(f -> f.glyphs().stream()).toList();
        }

        /**
         * The labels a header line prints: its words, a single character joined to its neighbour within
         * {@link #LABEL_GAP} (letter-spaced labels, "项　目", "栏　次"); never across a column boundary of {@code xs},
         * when the columns are known.
         */
        List<Block> labels(double em, double[] xs) {
            List<Block> labels = new ArrayList<>();
            Block current = null;
            Fragment previous = null;
            for (Fragment fragment : fragments) {
                boolean spaced = previous != null && (previous.glyphs().size() == 1 || fragment.glyphs().size() == 1)
                        && fragment.x0() - current.x1 <= LABEL_GAP * em;
                if (spaced && (xs == null || slot(xs, current.x1) == slot(xs, fragment.x0()))) {
                    current.extend(fragment);
                } else {
                    current = new Block(fragment, em);
                    labels.add(current);
                }
                previous = fragment;
            }
            return labels;
        }
    }

    /** A header label: its text, extent, the columns it spans and, once stacked, its row and row span. */
    private static final class Block {
        final List<Glyph> glyphs = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final double em;
        double x0;
        double x1;
        double top;
        double bottom;
        double baseline;
        int first = -1;
        int last = -1;
        int level;
        int rowSpan = 1;

        Block(Fragment fragment, double em) {
            this.em = em;
            x0 = fragment.x0();
            x1 = fragment.x1();
            baseline = fragment.baseline();
            top = baseline - ABOVE * em;
            bottom = baseline + BELOW * em;
            glyphs.addAll(fragment.glyphs());
            text.append(fragment.text());
        }

        String text() {
            return text.toString();
        }

        void extend(Fragment fragment) {
            x1 = Math.max(x1, fragment.x1());
            glyphs.addAll(fragment.glyphs());
            text.append(' ').append(fragment.text());
        }

        void absorb(Block below) {
            x0 = Math.min(x0, below.x0);
            x1 = Math.max(x1, below.x1);
            bottom = Math.max(bottom, below.bottom);
            baseline = below.baseline;
            glyphs.addAll(below.glyphs);
        }

        boolean overlaps(Block other) {
            return first <= other.last && other.first <= last;
        }
    }

    /** The lines of one body cell, wrapped. */
    private record Chain(List<Fragment> fragments, double em) {

        void add(Fragment fragment) {
            fragments.add(fragment);
        }

        boolean numeric() {
            return fragments.stream().anyMatch(Fragment::isNumber);
        }

        double lastBaseline() {
            return fragments.get(fragments.size() - 1).baseline();
        }

        /** The baselines of its lines, top to bottom, fragments within {@code sameLine} counted once. */
        List<double[]> lineBaselines(double sameLine) {
            List<double[]> lines = new ArrayList<>();
            for (Fragment fragment : fragments) {
                if (lines.isEmpty() || fragment.baseline() - lines.get(lines.size() - 1)[0] > sameLine) {
                    lines.add(new double[] {fragment.baseline()});
                }
            }
            return lines;
        }

        double top() {
            return fragments.get(0).baseline() - ABOVE * em;
        }

        double bottom() {
            return lastBaseline() + BELOW * em;
        }
    }
}
