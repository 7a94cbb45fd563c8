package io.ledgerlint.parse.table;

import java.util.regex.Pattern;

/** Whitespace handling for PDF text, with the patterns compiled once: these run for every cell and caption line. */
final class Whitespace {

    private static final Pattern RUN = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /** The text without any whitespace: PDF extraction cannot tell "项 目" from "项目", so labels compare this way. */
    static String removed(String text) {
        return RUN.matcher(text).replaceAll("");
    }

    /** Runs of whitespace as one space, ends trimmed. */
    static String collapsed(String text) {
        return RUN.matcher(text).replaceAll(" ").strip();
    }

    /** The words of a line. */
    static String[] words(String text) {
        return RUN.split(text.strip());
    }
}
