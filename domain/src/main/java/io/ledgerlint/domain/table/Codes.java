package io.ledgerlint.domain.table;

import io.ledgerlint.domain.text.Whitespace;
import java.util.regex.Pattern;

/** Classification codes as the tables print them (rules.md §4). */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    private Codes() {
    }

    /** Whether the text is a 功能分类 or 经济分类 code: 3 (类), 5 (款) or 7 (项) digits. */
    public static boolean isCode(String text) {
        return CODE.matcher(Whitespace.removed(text)).matches();
    }
}
