package io.ledgerlint.parse.budget;

/** One kind of work or memory a document may spend while it is parsed; {@link #code()} names it in messages. */
public enum Budget {
    /** content stream operators interpreted, pages, forms and Type 3 glyphs together */
    OPERATORS("operators"),
    /** glyphs placed on the pages (each one is kept with its position until the tables are found) */
    GLYPHS("glyphs"),
    /** path segments collected (points of lines and rectangles, before they are kept as rulings) */
    PATH_SEGMENTS("path-segments"),
    /** form XObjects drawn within form XObjects */
    XOBJECT_DEPTH("xobject-depth"),
    /** form XObjects drawn, each time one is drawn */
    XOBJECT_INVOCATIONS("xobject-invocations"),
    /** entries of one font's glyph widths ({@code /Widths}, or {@code /W} of a CID font) */
    FONT_WIDTHS("font-widths"),
    /** entries (code ranges and single codes) of one font's CMap ({@code /ToUnicode} or an embedded encoding) */
    CMAP_ENTRIES("cmap-entries"),
    /** bytes of content streams and CMaps decoded, a form every time it is drawn */
    DECODED_STREAM_BYTES("decoded-stream-bytes"),
    /** milliseconds from the start of the document */
    WALL_TIME_MILLIS("wall-time-millis");

    private final String code;

    Budget(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
