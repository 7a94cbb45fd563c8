package io.ledgerlint.domain.table;

import java.util.regex.Pattern;

/** Cell text as the classifier compares it. */
final class Texts {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private Texts() {
    }

    /** The text without any whitespace: PDF extraction cannot tell "项 目" from "项目"; null reads as "". */
    static String compact(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
    }
}
