package io.ledgerlint.validate.table;

import io.ledgerlint.domain.text.Whitespace;
import java.util.regex.Pattern;

/**
 * Row labels compared the way rules.md §3.1 asks: whitespace removed (PDF text puts spaces inside CJK words),
 * full-width and ASCII brackets unified, and numbering prefixes such as "一、", "（二）" or "3." dropped.
 */
public final class Labels {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+[、.．]|（[一二三四五六七八九十百\\d]+）|\\d{1,2}[、．](?!\\d)|\\d{1,2}\\.(?!\\d))");

    private Labels() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String compact = Whitespace.removed(text).replace('(', '（').replace(')', '）');
        return startsLikeNumbering(compact) ? NUMBERING.matcher(compact).replaceFirst("") : compact;
    }

    /** Most labels start with a plain character; only these can open a numbering prefix (called for every cell). */
    private static boolean startsLikeNumbering(String text) {
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || "一二三四五六七八九十百（".indexOf(text.charAt(0)) >= 0);
    }
}
