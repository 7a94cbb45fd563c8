package io.ledgerlint.parse.geometry;

/**
 * One glyph as displayed: PDF points, origin at the top-left of the (rotated, cropped) page.
 *
 * @param baseline y of the glyph's baseline; {@code top} is the baseline minus the glyph height
 */
public record Glyph(String text, double x0, double top, double x1, double baseline) {

    public double centerX() {
        return (x0 + x1) / 2;
    }

    /** Centre between top and baseline: glyph tops can poke above a cell's top ruling, centres never do. */
    public double centerY() {
        return (top + baseline) / 2;
    }

    public double height() {
        return baseline - top;
    }

    public double width() {
        return x1 - x0;
    }
}
