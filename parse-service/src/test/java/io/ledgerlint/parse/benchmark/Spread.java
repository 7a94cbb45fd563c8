package io.ledgerlint.parse.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The median of repeated measurements and the range from their 10th to their 90th percentile (nearest rank): the
 * range shows how far single rounds stray, without letting the one round a busy machine spoiled set it.
 */
record Spread(double median, double p10, double p90) {

    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, percentile(sorted, 0.1), percentile(sorted, 0.9));
    }

    private static double percentile(double[] sorted, double share) {
        return sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
    }

    /** "median | p10–p90" as two Markdown table cells, with {@code decimals} digits after the point. */
    String cells(int decimals) {
        String number = "%." + decimals + "f";
        return String.format(Locale.ROOT, number + " | " + number + "–" + number, median, p10, p90);
    }
}
