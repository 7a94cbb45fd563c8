package io.ledgerlint.ingest.intake;

import io.ledgerlint.domain.text.DisplayNames;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Senders' file names, whatever their source (header, multipart form, inbox), kept for the record: {@link #escaped}
 * keeps what was sent, readable and unambiguous. The name shown and stored is {@link DisplayNames#of}.
 */
public final class FileNames {

    /** Enough to see what a sender tried, without letting a sender fill the record. */
    static final int MAX_ESCAPED_BYTES = 1024;
    private static final String CUT_MARKER = "…";

    private FileNames() {
    }

    /**
     * {@code filename} as sent, with each character unsafe to show written as <code>&#92;uXXXX</code> (one beyond the
     * BMP as its two UTF-16 halves, as JSON does) and a backslash as {@code \\}, so that no sent name reads like
     * another; at most {@link #MAX_ESCAPED_BYTES} UTF-8 bytes, ending in {@code …} when cut. Null for null.
     */
    public static String escaped(String filename) {
        if (filename == null) {
            return null;
        }
        List<String> pieces = filename.codePoints().mapToObj(FileNames::escape).toList();
        if (pieces.stream().mapToInt(FileNames::utf8Length).sum() <= MAX_ESCAPED_BYTES) {
            return String.join("", pieces);
        }
        // Cut between pieces: half an escape would read as something that was never sent.
        StringBuilder cut = new StringBuilder();
        int room = MAX_ESCAPED_BYTES - utf8Length(CUT_MARKER);
        for (String piece : pieces) {
            room -= utf8Length(piece);
            if (room < 0) {
                break;
            }
            cut.append(piece);
        }
        return cut.append(CUT_MARKER).toString();
    }

    private static String escape(int codePoint) {
        if (codePoint == '\\') {
            return "\\\\";
        }
        if (!DisplayNames.isHidden(codePoint)) {
            return Character.toString(codePoint);
        }
        StringBuilder escape = new StringBuilder();
        for (char half : Character.toChars(codePoint)) {
            escape.append(String.format("\\u%04X", (int) half));
        }
        return escape.toString();
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
