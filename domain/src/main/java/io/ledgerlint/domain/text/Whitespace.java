package io.ledgerlint.domain.text;

import java.util.regex.Pattern;

/**
 * Whitespace in text taken from PDFs, decided once for every service: any Unicode space counts (the ideographic space
 * U+3000 and the no-break space U+00A0 among them), and the patterns are compiled once, since these run for every
 * cell, label and sentence.
 */
public final class Whitespace {

    private static final Pattern RUN = Pattern.compile("[\\s\\p{Z}]+");

    private Whitespace() {
    }

    /**
     * The text without any whitespace: PDF extraction cannot tell "项 目" from "项目", so labels compare this way;
     * null reads as "".
     */
    public static String removed(String text) {
        if (text == null) {
            return "";
        }
        if (!hasSpace(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Runs of whitespace as one space, ends trimmed; null reads as "". */
    public static String collapsed(String text) {
        if (text == null) {
            return "";
        }
        return hasSpace(text) ? RUN.matcher(text).replaceAll(" ").strip() : text.strip();
    }

    /**
     * Whether {@code c} is what {@link #RUN} matches: a {@code \s} character or a Unicode separator. Checked by hand
     * because most cells and labels have no space at all, and a matcher per call was a leading allocation site.
     */
    private static boolean isSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\013', '\f', '\r' -> true;
            default -> {
                int type = Character.getType(c);
                yield type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR;
            }
        };
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a line, split at whitespace. */
    public static String[] words(String text) {
        return RUN.split(collapsed(text));
    }
}
