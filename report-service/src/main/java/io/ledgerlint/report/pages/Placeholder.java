package io.ledgerlint.report.pages;

/** Why a page image shows grey where the page has something else, as the header {@code X-Ledgerlint-Placeholder}. */
public enum Placeholder {

    /** The page is drawn, but an image on it declares too many pixels to decode and is a grey box. */
    IMAGE_TOO_LARGE("image-too-large", false),
    /** Drawing the page took longer than allowed. */
    RENDER_TIMEOUT("render-timeout", true),
    /** Drawing the page ran out of memory. */
    OUT_OF_MEMORY("out-of-memory", true),
    /** The stored PDF cannot be opened. */
    UNREADABLE_PDF("unreadable-pdf", false),
    /** PDFBox failed on the page's content. */
    RENDER_FAILED("render-failed", false);

    private final String code;
    private final boolean transientCause;

    Placeholder(String code, boolean transientCause) {
        this.code = code;
        this.transientCause = transientCause;
    }

    public String code() {
        return code;
    }

    /** Whether drawing again later may succeed (the machine was busy): such an image is kept only briefly. */
    public boolean transientCause() {
        return transientCause;
    }
}
