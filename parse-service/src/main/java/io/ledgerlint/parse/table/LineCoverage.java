package io.ledgerlint.parse.table;

import io.ledgerlint.parse.geometry.Ruling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much of a span the rulings of one orientation cover near a position, answered from the rulings grouped by
 * position (one lane per distinct position, as {@link GridDetector#merge} leaves them: disjoint pieces in order) with
 * binary searches, instead of summing over every ruling for every slot of a grid. The pieces are summed in the order
 * of the list, so the figure is the one the plain sum gives.
 */
final class LineCoverage {

    /** Lanes up to this beyond {@code near} are looked at, so that rounding hides none; {@code near} decides. */
    private static final double WINDOW_MARGIN = 1;

    private final double[] positions;
    private final List<double[]> starts = new ArrayList<>();
    private final List<double[]> ends = new ArrayList<>();

    /** @param rulings merged rulings of one orientation: pieces at one position disjoint (as {@code merge} gives) */
    LineCoverage(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start));
        List<Double> lanePositions = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).position() != sorted.get(from).position()) {
                List<Ruling> lane = sorted.subList(from, i);
                lanePositions.add(lane.get(0).position());
                starts.add(lane.stream().mapToDouble(Ruling::start).toArray());
                ends.add(lane.stream().mapToDouble(Ruling::end).toArray());
                from = i;
            }
        }
        positions = lanePositions.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The length of {@code from..to} covered by the pieces at positions within {@code near} of {@code position}
     * (overlaps counted as often as they occur).
     */
    double covered(double position, double near, double from, double to) {
        double coveredLength = 0;
        int lane = Sorted.firstIndex(positions, position - near - WINDOW_MARGIN, false);
        for (; lane < positions.length && positions[lane] <= position + near + WINDOW_MARGIN; lane++) {
            if (Math.abs(positions[lane] - position) > near) {
                continue;
            }
            double[] laneStarts = starts.get(lane);
            double[] laneEnds = ends.get(lane);
            // pieces ending at or before from add nothing; disjoint pieces in order end in order too
            for (int i = Sorted.firstIndex(laneEnds, from, true); i < laneStarts.length && laneStarts[i] < to; i++) {
                coveredLength += Math.max(0, Math.min(to, laneEnds[i]) - Math.max(from, laneStarts[i]));
            }
        }
        return coveredLength;
    }
}
