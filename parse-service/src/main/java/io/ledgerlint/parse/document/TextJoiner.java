package io.ledgerlint.parse.document;

/** Joins lines that a layout wrapped: Chinese needs no space at the seam, Latin words and numbers do. */
public final class TextJoiner {

    private TextJoiner() {
    }

    public static void appendWrapped(StringBuilder text, String line) {
        if (!text.isEmpty() && !line.isEmpty()
                && isLatinOrDigit(text.charAt(text.length() - 1)) && isLatinOrDigit(line.charAt(0))) {
            text.append(' ');
        }
        text.append(line);
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
