package io.ledgerlint.parse.table;

import io.ledgerlint.parse.table.StreamText.Fragment;
import io.ledgerlint.parse.table.StreamText.Line;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The body rows of a stream table: each column's wrapped cells chained, then the words that overlap vertically joined
 * into one row; and the checks on how its cells and amounts line up.
 */
final class StreamRows {

    /** Amounts of one column align on their right or centre edges within this many ems. */
    private static final double ALIGNED = 0.6;

    private StreamRows() {
    }

    /**
     * Body rows: each column's lines chained where they follow closer than rows do (a wrapped cell), then words of
     * different columns that overlap vertically joined into one row.
     */
    static List<List<Fragment>> bodyRows(List<Line> body, double[] xs, double em, List<String> doubts) {
        double wrap = wrapPitch(body, em);
        int cols = xs.length - 1;
        List<List<Fragment>> byColumn = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (Line line : body) {
            for (Fragment fragment : line.fragments()) {
                byColumn.get(Grid.slot(xs, fragment.centerX())).add(fragment);
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
                boolean sameLine = chain != null
                        && fragment.baseline() - chain.lastBaseline() <= StreamText.SAME_LINE * em;
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
                if (chain.numeric() && ++numbers[Grid.slot(xs, chain.fragments().get(0).centerX())] == 2) {
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
            double from = chain.fragments().get(0).baseline() - StreamText.SAME_LINE * em;
            double to = chain.lastBaseline() + StreamText.SAME_LINE * em;
            double[] inside = within(anchors, from, to);
            List<double[]> lines = chain.lineBaselines(StreamText.SAME_LINE * em);
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
                        .filter(f -> f.baseline() >= top - StreamText.SAME_LINE * em
                                && f.baseline() <= bottom + StreamText.SAME_LINE * em)
                        .toList();
                result.add(new Chain(new ArrayList<>(part), em));
                start = end;
            }
        }
        return result;
    }

    /** The anchors (ascending: baselines of lines top to bottom) from {@code from} to {@code to}, by binary search. */
    private static double[] within(double[] anchors, double from, double to) {
        int first = Sorted.firstIndex(anchors, from, false);
        return Arrays.copyOfRange(anchors, first, Math.max(first, Sorted.firstIndex(anchors, to, true)));
    }

    /**
     * Wrapped cells of one table sit the same way beside their row's numbers: centred on them or starting level with
     * them. Both at once means a row was cut or joined wrongly (a cell split by a page break, say).
     */
    private static void checkAlignment(List<Chain> chains, double[] anchors, double em, List<String> doubts) {
        int centred = 0;
        int top = 0;
        for (Chain chain : chains) {
            List<double[]> lines = chain.lineBaselines(StreamText.SAME_LINE * em);
            double first = lines.get(0)[0];
            double last = lines.get(lines.size() - 1)[0];
            double[] inside = within(anchors, first - StreamText.SAME_LINE * em, last + StreamText.SAME_LINE * em);
            if (chain.numeric() || lines.size() < 2 || inside.length != 1) {
                continue;
            }
            if (Math.abs(inside[0] - (first + last) / 2) <= StreamText.SAME_LINE * em) {
                centred++;
            } else if (Math.abs(inside[0] - first) <= StreamText.SAME_LINE * em) {
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
     * Amounts of one column share their right edge (or their centre): a column whose numbers do not line up was
     * probably cut in the wrong place.
     */
    static void checkAmountsAlign(List<List<Fragment>> rows, double[] xs, double em, List<String> doubts) {
        for (int c = 0; c < xs.length - 1; c++) {
            int column = c;
            List<Fragment> numbers = rows.stream().flatMap(List::stream)
                    .filter(f -> f.isNumber() && Grid.slot(xs, f.centerX()) == column).toList();
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
            return fragments.get(0).baseline() - StreamText.ABOVE * em;
        }

        double bottom() {
            return lastBaseline() + StreamText.BELOW * em;
        }
    }
}
