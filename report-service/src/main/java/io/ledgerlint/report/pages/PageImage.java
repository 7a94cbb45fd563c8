package io.ledgerlint.report.pages;

/**
 * A drawn page as PNG.
 *
 * @param placeholder null when the page is drawn in full; otherwise why (some of) it is grey
 * @param reason      what the image says about it, in English; null when drawn in full
 */
public record PageImage(byte[] png, Placeholder placeholder, String reason) {

    public static PageImage drawn(byte[] png) {
        return new PageImage(png, null, null);
    }

    /** Whether this is a placeholder that drawing again later may replace with the page. */
    public boolean isTransientPlaceholder() {
        return placeholder != null && placeholder.transientCause();
    }
}
