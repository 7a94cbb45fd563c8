package io.ledgerlint.validate.narrative;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a sentence is about: its first clause before the first number, without enumeration, year and verbs. */
public final class Topics {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:（[一二三四五六七八九十\\d]+）|[一二三四五六七八九十]+、|\\d+[、.](?!\\d)|[一二三四五六七八九十]是)");
    private static final Pattern PREFIX = Pattern.compile("^(?:截至|截止)?(?:本部门|本单位|我单位)?(?:\\d{4}年度?)?(?:本部门|本单位)?");
    private static final Pattern SUFFIX = Pattern.compile(
            "(?:支出)?(?:年初|全年)?(?:预算|决算)?(?:数)?(?:为|共计|合计|总额为?)?$");

    private Topics() {
    }

    public static String of(String sentence) {
        String s = withoutPrefix(MARKER, sentence);
        s = withoutPrefix(PREFIX, s);
        int end = 0;
        while (end < s.length() && !Character.isDigit(s.charAt(end)) && "，。；：".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return stripVerbs(s.substring(0, end));
    }

    /** A label without trailing 支出/预算/决算/为 …: "公务接待费支出预算为" → "公务接待费". */
    public static String stripVerbs(String label) {
        String s = withoutPrefix(PREFIX, label);
        String previous;
        do {
            previous = s;
            s = SUFFIX.matcher(s).replaceFirst("");
        } while (!s.equals(previous) && !s.isEmpty());
        return s;
    }

    /** The text without what the ^-anchored pattern matches at its start (replaceFirst would try every position). */
    private static String withoutPrefix(Pattern anchored, String text) {
        Matcher m = anchored.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }
}
