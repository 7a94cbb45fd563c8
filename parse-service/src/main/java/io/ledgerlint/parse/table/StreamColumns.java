package io.ledgerlint.parse.table;

import io.ledgerlint.domain.table.HeaderRows;
import io.ledgerlint.parse.table.StreamHeader.Block;
import io.ledgerlint.parse.table.StreamText.Fragment;
import io.ledgerlint.parse.table.StreamText.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The columns of a stream table: their boundaries from the x ranges its body's words occupy, widened by the 栏次
 * numbers and the lowest header labels, and which column an x falls in.
 */
final class StreamColumns {

    /** The grid's outer edges lie this far (in points) outside its text. */
    static final double MARGIN = 1;
    /** A 栏次 number this many ems beside a column's amounts heads that column. */
    private static final double NEAR_LANCI = 1.5;

    private StreamColumns() {
    }

    /**
     * Whether the body's words lie inside the columns {@code xs}: all within the outer edges and, but for a few (a
     * total's label across two columns), each inside one column.
     */
    static boolean fits(double[] xs, List<Line> body) {
        int words = 0;
        int across = 0;
        for (Line line : body) {
            for (Fragment fragment : line.fragments()) {
                if (fragment.x0() < xs[0] - MARGIN || fragment.x1() > xs[xs.length - 1] + MARGIN) {
                    return false;
                }
                words++;
                if (Grid.slot(xs, fragment.x0() + 0.01) != Grid.slot(xs, fragment.x1() - 0.01)) {
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
    static double[] columns(List<Line> body, Line lanci, List<Line> labels, double em) {
        List<double[]> ranges = new ArrayList<>();
        for (Line line : body) {
            for (Fragment fragment : line.fragments()) {
                ranges.add(new double[] {fragment.x0(), fragment.x1()});
            }
        }
        List<double[]> columns = union(ranges);
        List<double[]> numeric = numeric(columns, body);
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
     * The columns that hold a number. The columns are the disjoint union of the words' ranges, in order: a word lies
     * inside the last column starting at or before it, if any, found by binary search.
     */
    private static List<double[]> numeric(List<double[]> columns, List<Line> body) {
        double[] starts = columns.stream().mapToDouble(column -> column[0]).toArray();
        boolean[] holdsNumber = new boolean[columns.size()];
        for (Line line : body) {
            for (Fragment fragment : line.fragments()) {
                int c = Sorted.firstIndex(starts, fragment.x0(), true) - 1;
                if (c >= 0 && fragment.x1() <= columns.get(c)[1] && fragment.isNumber()) {
                    holdsNumber[c] = true;
                }
            }
        }
        List<double[]> numeric = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (holdsNumber[c]) {
                numeric.add(columns.get(c));
            }
        }
        return numeric;
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
            Block wrapped = all.stream()
                    .filter(block -> piece.baseline - block.baseline <= StreamHeader.HEADER_WRAP * em
                            && block.x0 < piece.x1 && piece.x0 < block.x1)
                    .reduce((a, b) -> b).orElse(null);
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

}
