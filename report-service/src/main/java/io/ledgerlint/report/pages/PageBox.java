package io.ledgerlint.report.pages;

/** A rectangle on a PDF page in points, origin top-left (the pipeline's box convention). */
public record PageBox(double x0, double y0, double x1, double y1) {

    /** From a pipeline {@code [x0, y0, x1, y1]} array; null when absent or malformed. */
    public static PageBox of(double[] box) {
        if (box == null || box.length != 4 || box[2] < box[0] || box[3] < box[1]) {
            return null;
        }
        return new PageBox(box[0], box[1], box[2], box[3]);
    }
}
