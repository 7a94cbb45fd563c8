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
        return text == null ? "" : RUN.matcher(text).replaceAll("");
    }

    /** Runs of whitespace as one space, ends trimmed; null reads as "". */
    public static String collapsed(String text) {
        return text == null ? "" : RUN.matcher(text).replaceAll(" ").strip();
    }

    /** The words of a line, split at whitespace. */
    public static String[] words(String text) {
        return RUN.split(collapsed(text));
    }
}
