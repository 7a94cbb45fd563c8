package io.ledgerlint.corpus.variants;

import java.util.regex.Pattern;

/** Text comparisons the corpus uses: whitespace (ASCII, ideographic, no-break) never counts. */
final class Text {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private Text() {
    }

    static String compact(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
    }

    static boolean blank(String text) {
        return compact(text).isEmpty();
    }
}
