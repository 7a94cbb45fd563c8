package io.ledgerlint.validate.narrative;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Canonical form of narrative text (rules.md §7.1: patterns run on text without whitespace). Full-width digits and
 * letters become ASCII (NFKC); clause punctuation becomes the full-width Chinese form the templates print, so one
 * pattern covers both; thousands separators and spaces inside numbers ("5, 487. 18") disappear.
 */
public final class NarrativeText {

    private static final Pattern INLINE_SPACE = Pattern.compile("[\\s&&[^\\n]]+");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    /** The characters of {@code \s} but the line break. */
    private static final String INLINE_SPACES = " \t\u000B\f\r";
    private static final Pattern SPACED_DECIMAL = Pattern.compile("(?<=\\d)\\.\\s+(?=\\d)");

    private NarrativeText() {
    }

    /** Normalises one text, keeping its line breaks (they still separate paragraphs and headings). */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        // each pattern needs a character most texts lack: skip the scan then
        if (text.indexOf('.') >= 0) {
            text = SPACED_DECIMAL.matcher(text).replaceAll(".");
        }
        if (hasInlineSpace(text)) {
            text = INLINE_SPACE.matcher(text).replaceAll("");
        }
        if (text.indexOf(',') >= 0) {
            text = THOUSANDS.matcher(text).replaceAll("");
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fullWidth(text.charAt(i)));
        }
        return out.toString();
    }

    private static boolean hasInlineSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (INLINE_SPACES.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static char fullWidth(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '(' -> '（';
            case ')' -> '）';
            case '!' -> '！';
            case '?' -> '？';
            default -> c;
        };
    }
}
