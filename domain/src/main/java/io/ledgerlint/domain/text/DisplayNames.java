package io.ledgerlint.domain.text;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * File names as the services show and store them, decided once: ingest names what it receives this way, and
 * report-service names every event's file this way again, whoever sent the event. A display name has no directories,
 * nothing that breaks a log line or reorders text on screen (U+202E, the right-to-left override, shows
 * "invoice&#92;u202Efdp.exe" as "invoiceexe.pdf"), and is short enough for every file system.
 */
public final class DisplayNames {

    /** The longest file name common file systems accept, in UTF-8 bytes. */
    public static final int MAX_BYTES = 255;
    /** A longer tail after the last dot is not an extension worth keeping when a name is shortened. */
    private static final int MAX_EXTENSION_BYTES = 16;

    private DisplayNames() {
    }

    /**
     * The last path segment of {@code filename} without {@linkplain #isHidden hidden} characters, at most
     * {@link #MAX_BYTES} UTF-8 bytes long (cut between user-perceived characters, the extension kept);
     * {@code fallback} when that leaves nothing usable.
     */
    public static String of(String filename, String fallback) {
        if (filename == null) {
            return fallback;
        }
        StringBuilder shown = new StringBuilder(filename.length());
        filename.codePoints().filter(codePoint -> !isHidden(codePoint)).forEach(shown::appendCodePoint);
        String name = lastPathSegment(shown.toString()).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return shortened(name);
    }

    /**
     * Whether a character does not belong in a shown name. Control characters (CR, LF, NUL …) break log lines and
     * headers; format characters (general category Cf: the bidi controls U+202A–U+202E, U+2066–U+2069, U+200E,
     * U+200F and U+061C, zero-width characters, the byte order mark, tags) make a name read differently from what it
     * is; line and paragraph separators break lines; a lone surrogate cannot be written as UTF-8.
     */
    public static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static String lastPathSegment(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String shortened(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && utf8Length(name.substring(dot)) <= MAX_EXTENSION_BYTES ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        return prefixWithin(stem, MAX_BYTES - utf8Length(extension)) + extension;
    }

    /**
     * The longest prefix of {@code text} within {@code maxBytes} that ends between user-perceived characters, so that
     * neither a surrogate pair nor a letter and its combining accents are split.
     */
    private static String prefixWithin(String text, int maxBytes) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int bytes = 0;
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            bytes += utf8Length(text.substring(end, next));
            if (bytes > maxBytes) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
