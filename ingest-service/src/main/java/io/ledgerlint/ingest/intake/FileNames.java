package io.ledgerlint.ingest.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Senders' file names, whatever their source (header, multipart form, inbox). {@link #display} makes a name safe to
 * record and show: no directories, nothing that breaks a log line or reorders text on screen, of a length every
 * file system accepts. {@link #escaped} keeps what was sent, readable and unambiguous, for the record.
 */
public final class FileNames {

    /** The longest file name common file systems accept, in UTF-8 bytes. */
    static final int MAX_DISPLAY_BYTES = 255;
    /** Enough to see what a sender tried, without letting a sender fill the record. */
    static final int MAX_ESCAPED_BYTES = 1024;
    /** A longer tail after the last dot is not an extension worth keeping when a name is shortened. */
    private static final int MAX_EXTENSION_BYTES = 16;
    private static final String CUT_MARKER = "…";

    private FileNames() {
    }

    /**
     * The last path segment of {@code filename} without characters unsafe to show, at most {@link #MAX_DISPLAY_BYTES}
     * UTF-8 bytes long; {@code fallback} when that leaves nothing usable.
     */
    public static String display(String filename, String fallback) {
        if (filename == null) {
            return fallback;
        }
        StringBuilder shown = new StringBuilder(filename.length());
        filename.codePoints().filter(codePoint -> !isUnsafe(codePoint)).forEach(shown::appendCodePoint);
        String name = lastPathSegment(shown.toString()).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return shortened(name);
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

    /**
     * Control characters (CR, LF, NUL …) break log lines and headers; format characters (bidi overrides such as
     * U+202E, zero-width characters) make a name read differently from what it is; line and paragraph separators
     * break lines; a lone surrogate cannot be written as UTF-8.
     */
    private static boolean isUnsafe(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static String escape(int codePoint) {
        if (codePoint == '\\') {
            return "\\\\";
        }
        if (!isUnsafe(codePoint)) {
            return Character.toString(codePoint);
        }
        StringBuilder escape = new StringBuilder();
        for (char half : Character.toChars(codePoint)) {
            escape.append(String.format("\\u%04X", (int) half));
        }
        return escape.toString();
    }

    private static String lastPathSegment(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** At most {@link #MAX_DISPLAY_BYTES}, cut between code points, keeping the extension when there is one. */
    private static String shortened(String name) {
        if (utf8Length(name) <= MAX_DISPLAY_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && utf8Length(name.substring(dot)) <= MAX_EXTENSION_BYTES ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        return prefixWithin(stem, MAX_DISPLAY_BYTES - utf8Length(extension)) + extension;
    }

    private static String prefixWithin(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            bytes += utf8Length(Character.toString(codePoint));
            if (bytes > maxBytes) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
