package io.ledgerlint.parse.document;

import io.ledgerlint.domain.text.Whitespace;
import java.util.regex.Pattern;

/** Recognises page numbers printed as headers or footers, which are page furniture rather than content. */
public final class PageNumbers {

    /** "-3-", "— 3 —", "3", "第3页", "第 3 页 共 40 页", "3/40" (whitespace removed). */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^([-—–]*\\d+[-—–]*|第\\d+页(共\\d+页)?|\\d+/\\d+)$");

    private PageNumbers() {
    }

    public static boolean isPageNumber(String lineText) {
        return PAGE_NUMBER.matcher(Whitespace.removed(lineText)).matches();
    }
}
