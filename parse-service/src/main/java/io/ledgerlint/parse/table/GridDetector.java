package io.ledgerlint.parse.table;

import io.ledgerlint.parse.geometry.Ruling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds ruled tables from a page's ruling lines: merges collinear pieces, groups lines that cross into one table
 * each, takes the distinct line positions as the grid, and joins neighbouring slots where the line between them is
 * missing (merged cells).
 */
final class GridDetector {

    /** Lines closer than this are one line (double rules, anti-aliasing offsets). */
    private static final double SAME_LINE = 2.0;
    /** Gaps up to this inside a line are closed (lines drawn in pieces per cell). */
    private static final double GAP = 2.0;
    /** A boundary exists where lines cover at least this share of it. */
    private static final double COVERAGE = 0.6;
    /** A grid is closed where its outer verticals cover at least this share of its height. */
    private static final double FRAME = 0.8;
    /** Rows/columns thinner than this are artefacts of double rules. */
    private static final double MIN_SLOT = 3.0;

    List<Grid> detect(List<Ruling> rulings) {
        List<Ruling> horizontals = merge(rulings.stream().filter(Ruling::horizontal).toList());
        List<Ruling> verticals = merge(rulings.stream().filter(r -> !r.horizontal()).toList());
        List<Grid> grids = new ArrayList<>();
        for (List<Ruling> component : components(horizontals, verticals)) {
            Grid grid = grid(component);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble(Grid::top));
        return grids;
    }

    /** Merges collinear rulings that overlap or nearly touch. */
    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start));
        List<List<Ruling>> lanes = new ArrayList<>();
        for (Ruling ruling : sorted) {
            List<Ruling> lane = lanes.isEmpty() ? null : lanes.get(lanes.size() - 1);
            if (lane != null && ruling.position() - lane.get(0).position() <= SAME_LINE) {
                lane.add(ruling);
            } else {
                lanes.add(new ArrayList<>(List.of(ruling)));
            }
        }
        List<Ruling> merged = new ArrayList<>();
        for (List<Ruling> lane : lanes) {
            double position = lane.stream().mapToDouble(Ruling::position).average().orElseThrow();
            lane.sort(Comparator.comparingDouble(Ruling::start));
            double start = lane.get(0).start();
            double end = lane.get(0).end();
            for (Ruling piece : lane.subList(1, lane.size())) {
                if (piece.start() <= end + GAP) {
                    end = Math.max(end, piece.end());
                } else {
                    merged.add(new Ruling(lane.get(0).horizontal(), position, start, end));
                    start = piece.start();
                    end = piece.end();
                }
            }
            merged.add(new Ruling(lane.get(0).horizontal(), position, start, end));
        }
        return merged;
    }

    /** Groups rulings into sets connected by crossings: one set per table. */
    private static List<List<Ruling>> components(List<Ruling> horizontals, List<Ruling> verticals) {
        List<Ruling> all = new ArrayList<>(horizontals);
        all.addAll(verticals);
        int[] parent = new int[all.size()];
        Arrays.setAll(parent, i -> i);
        Crossings.find(horizontals, verticals, SAME_LINE, (h, v) -> union(parent, h, horizontals.size() + v));
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[all.size()];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < all.size(); i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(all.get(i));
        }
        return groups;
    }

    private static Grid grid(List<Ruling> component) {
        List<Ruling> horizontals = component.stream().filter(Ruling::horizontal).toList();
        List<Ruling> verticals = component.stream().filter(r -> !r.horizontal()).toList();
        if (horizontals.size() < 2 || verticals.size() < 2) {
            return null;
        }
        double[] xs = positions(verticals);
        double[] ys = positions(horizontals);
        LineCoverage verticalCoverage = new LineCoverage(verticals);
        LineCoverage horizontalCoverage = new LineCoverage(horizontals);
        if (xs.length < 2 || ys.length < 2 || !framed(horizontals, verticalCoverage, xs, ys)) {
            return null;
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        Arrays.setAll(parent, i -> i);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(verticalCoverage, xs[c + 1], ys[r], ys[r + 1], COVERAGE)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(horizontalCoverage, ys[r + 1], xs[c], xs[c + 1], COVERAGE)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        List<Grid.GridCell> cells = cells(parent, rows, cols);
        int irregular = (int) cells.stream().filter(cell -> !isRectangle(parent, cols, cell)).count();
        return new Grid(xs, ys, cells, Grid.LATTICE, irregular, List.of());
    }

    /**
     * Whether rules close the grid on its left and right, where its horizontal rules end: without them the verticals
     * are those of some columns only (a partly ruled table), whose columns the text must tell.
     */
    private static boolean framed(List<Ruling> horizontals, LineCoverage verticals, double[] xs, double[] ys) {
        double top = ys[0];
        double bottom = ys[ys.length - 1];
        double left = horizontals.stream().mapToDouble(Ruling::start).min().orElse(xs[0]);
        double right = horizontals.stream().mapToDouble(Ruling::end).max().orElse(xs[xs.length - 1]);
        return left >= xs[0] - MIN_SLOT && right <= xs[xs.length - 1] + MIN_SLOT
                && covered(verticals, xs[0], top, bottom, FRAME) && covered(verticals, xs[xs.length - 1], top, bottom, FRAME);
    }

    /** Whether every slot of the cell's bounding rectangle belongs to the cell. */
    private static boolean isRectangle(int[] parent, int cols, Grid.GridCell cell) {
        int root = find(parent, cell.row() * cols + cell.col());
        for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
            for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
                if (find(parent, r * cols + c) != root) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Distinct line positions, near ones averaged, slivers of double rules dropped. */
    private static double[] positions(List<Ruling> rulings) {
        double[] sorted = rulings.stream().mapToDouble(Ruling::position).sorted().toArray();
        List<Double> distinct = new ArrayList<>();
        for (double position : sorted) {
            if (distinct.isEmpty() || position - distinct.get(distinct.size() - 1) > MIN_SLOT) {
                distinct.add(position);
            }
        }
        return distinct.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether lines at {@code position} cover at least {@code share} of the span {@code from..to}. */
    private static boolean covered(LineCoverage lines, double position, double from, double to, double share) {
        return lines.covered(position, MIN_SLOT, from, to) >= share * (to - from);
    }

    private static List<Grid.GridCell> cells(int[] parent, int rows, int cols) {
        int[][] bounds = new int[rows * cols][];
        for (int slot = 0; slot < rows * cols; slot++) {
            int root = find(parent, slot);
            int r = slot / cols;
            int c = slot % cols;
            int[] b = bounds[root];
            if (b == null) {
                bounds[root] = new int[] {r, c, r, c};
            } else {
                b[0] = Math.min(b[0], r);
                b[1] = Math.min(b[1], c);
                b[2] = Math.max(b[2], r);
                b[3] = Math.max(b[3], c);
            }
        }
        List<Grid.GridCell> cells = new ArrayList<>();
        for (int[] b : bounds) {
            if (b != null) {
                cells.add(new Grid.GridCell(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1));
            }
        }
        cells.sort(Comparator.comparingInt(Grid.GridCell::row).thenComparingInt(Grid.GridCell::col));
        return cells;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
