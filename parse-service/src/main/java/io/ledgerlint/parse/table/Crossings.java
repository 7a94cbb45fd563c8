package io.ledgerlint.parse.table;

import io.ledgerlint.parse.geometry.Ruling;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * The pairs of a horizontal and a vertical ruling that cross or meet within a tolerance, found by one sweep from left
 * to right instead of testing every pair: the horizontals that reach the sweep line are kept ordered by their y, and
 * each vertical takes those within its y extent. O((n + crossings) log n); a page's crossings are at most the slots
 * of its grids, which the grids cost anyway.
 */
final class Crossings {

    /** Receives the index of a horizontal and of a vertical that cross. */
    @FunctionalInterface
    interface Consumer {
        void cross(int horizontal, int vertical);
    }

    private Crossings() {
    }

    /**
     * Calls {@code consumer} for every horizontal {@code h} and vertical {@code v} where each touches the other within
     * {@code tolerance}, as {@link Ruling#touches} decides.
     */
    static void find(List<Ruling> horizontals, List<Ruling> verticals, double tolerance, Consumer consumer) {
        Integer[] byStart = indexes(horizontals.size());
        Arrays.sort(byStart, Comparator.comparingDouble(h -> horizontals.get(h).start() - tolerance));
        Integer[] byY = indexes(horizontals.size());
        Arrays.sort(byY, Comparator.comparingDouble(h -> horizontals.get(h).position()));
        double[] ys = new double[byY.length];
        int[] rank = new int[byY.length];
        for (int r = 0; r < byY.length; r++) {
            ys[r] = horizontals.get(byY[r]).position();
            rank[byY[r]] = r;
        }
        Integer[] byX = indexes(verticals.size());
        Arrays.sort(byX, Comparator.comparingDouble(v -> verticals.get(v).position()));
        TreeSet<Integer> active = new TreeSet<>(); // ranks by y of the horizontals the sweep line crosses
        PriorityQueue<Integer> byEnd = new PriorityQueue<>(
                Comparator.comparingDouble(h -> horizontals.get(h).end() + tolerance));
        int next = 0;
        for (int v : byX) {
            Ruling vertical = verticals.get(v);
            double x = vertical.position();
            while (next < byStart.length && x >= horizontals.get(byStart[next]).start() - tolerance) {
                active.add(rank[byStart[next]]);
                byEnd.add(byStart[next]);
                next++;
            }
            while (!byEnd.isEmpty() && x > horizontals.get(byEnd.peek()).end() + tolerance) {
                active.remove(rank[byEnd.poll()]);
            }
            int from = Sorted.firstIndex(ys, vertical.start() - tolerance, false);
            int to = Sorted.firstIndex(ys, vertical.end() + tolerance, true) - 1;
            if (from <= to) {
                for (int r : active.subSet(from, true, to, true)) {
                    consumer.cross(byY[r], v);
                }
            }
        }
    }

    private static Integer[] indexes(int n) {
        Integer[] indexes = new Integer[n];
        Arrays.setAll(indexes, i -> i);
        return indexes;
    }
}
