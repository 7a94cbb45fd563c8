package io.ledgerlint.parse.table;

/** Binary search in ascending arrays of coordinates, for the sweeps that replace scanning every element. */
final class Sorted {

    private Sorted() {
    }

    /** The first index of {@code values} (ascending) above {@code value}, or at least it when not {@code strictly}. */
    static int firstIndex(double[] values, double value, boolean strictly) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (strictly ? values[mid] <= value : values[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
