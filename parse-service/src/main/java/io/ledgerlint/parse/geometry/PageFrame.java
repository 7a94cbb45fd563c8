package io.ledgerlint.parse.geometry;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space (after the CTM, y up, relative to the media box) to displayed page coordinates: crop box
 * removed, page rotation applied, y down. Text positions from PDFBox's {@code *DirAdj} getters are already in this
 * frame; ruling lines from the graphics stream are mapped with it so both agree.
 */
final class PageFrame {

    private final double left;
    private final double bottom;
    private final double width;
    private final double height;
    private final int rotation;

    PageFrame(PDPage page) {
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.bottom = crop.getLowerLeftY();
        this.width = crop.getWidth();
        this.height = crop.getHeight();
        this.rotation = Math.floorMod(page.getRotation(), 360);
    }

    double displayedWidth() {
        return rotation == 90 || rotation == 270 ? height : width;
    }

    double displayedHeight() {
        return rotation == 90 || rotation == 270 ? width : height;
    }

    /** Displayed x of the user-space point. */
    double x(double ux, double uy) {
        double x = ux - left;
        double y = uy - bottom;
        return switch (rotation) {
            case 90 -> y;
            case 180 -> width - x;
            case 270 -> height - y;
            default -> x;
        };
    }

    /** Displayed y (downwards) of the user-space point. */
    double y(double ux, double uy) {
        double x = ux - left;
        double y = uy - bottom;
        return switch (rotation) {
            case 90 -> x;
            case 180 -> y;
            case 270 -> width - x;
            default -> height - y;
        };
    }
}
