package io.ledgerlint.parse.narrative;

import io.ledgerlint.domain.text.Whitespace;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How headings, table-of-contents entries and page furniture look in 部门决算 documents. */
final class Headings {

    private static final Pattern PART = Pattern.compile("^第([一二三四五六七八九十]{1,3})部分(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.．](.+)$");
    /** A table-of-contents entry: text, a run of leader dots, a page number. */
    private static final Pattern DOT_LEADER = Pattern.compile("[.．。·…\\s]{4,}\\d+$");
    /** Longest text a numbered heading can have; longer numbered lines are list items or paragraphs. */
    static final int MAX_HEADING_LENGTH = 60;

    private Headings() {
    }

    static String compact(String text) {
        return Whitespace.removed(text);
    }

    /** The value of a 第X部分 line's numeral, or -1. */
    static int partNumber(String compactText) {
        Matcher m = PART.matcher(compactText);
        return m.matches() ? ChineseNumerals.parse(m.group(1)) : -1;
    }

    /** What follows 第X部分 on its own line (often the part's title). */
    static String partRest(String text) {
        Matcher m = PART.matcher(text.strip());
        return m.matches() ? m.group(2).strip() : "";
    }

    /** The number of a numbered line (一、… 九十九、), or -1. */
    static int number(String compactText) {
        Matcher m = NUMBERED.matcher(compactText);
        return m.matches() ? ChineseNumerals.parse(m.group(1)) : -1;
    }

    static boolean hasDotLeader(String text) {
        return DOT_LEADER.matcher(text.strip()).find();
    }

    static boolean isContentsTitle(String compactText) {
        return compactText.equals("目录");
    }

    /**
     * Whether a numbered line reads as a heading rather than a list item: short, not a finished sentence, and not
     * a "term：definition" entry (名词解释).
     */
    static boolean readsAsHeading(String compactText) {
        if (compactText.length() > MAX_HEADING_LENGTH || compactText.endsWith("。") || compactText.endsWith("；")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < compactText.length(); i++) {
            char c = compactText.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if ((c == '：' || c == ':') && depth == 0 && i < compactText.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether brackets or quotes opened in {@code text} are still open: the heading goes on on the next line. */
    static boolean isUnclosed(String text) {
        return count(text, '（') + count(text, '(') > count(text, '）') + count(text, ')')
                || count(text, '“') > count(text, '”');
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
