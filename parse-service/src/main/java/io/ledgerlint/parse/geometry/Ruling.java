package io.ledgerlint.parse.geometry;

/**
 * A horizontal or vertical ruling line, page coordinates with the origin top-left. For a horizontal ruling
 * {@code position} is its y and {@code start..end} its x extent; for a vertical one the other way round.
 */
public record Ruling(boolean horizontal, double position, double start, double end) {

    public double length() {
        return end - start;
    }

    /** Whether the point (along, across) lies on this ruling, within {@code tolerance} points. */
    public boolean touches(double along, double across, double tolerance) {
        return Math.abs(position - across) <= tolerance && along >= start - tolerance && along <= end + tolerance;
    }
}
