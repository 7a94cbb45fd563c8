package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.contracts.events.TablesExtracted.PageText;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.validate.engine.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The 目录 as printed on the opening pages, read from the page texts: the page it starts on and its entries under
 * 第三部分. Page texts are the only evidence of a 目录 (the body parser skips it), so when the text of the opening pages
 * is not in the extraction the document is {@link #judgeable() not judged} rather than reported as lacking one.
 */
final class Contents {

    /** The cover and the 目录 come first: the pages whose text must be present to judge. */
    static final int OPENING_PAGES = 3;
    /** The 目录 title sits among the first lines of its page. */
    private static final int TITLE_WITHIN_LINES = 3;
    /** A 目录 may run over the next pages; the body starts soon after. */
    private static final int CONTENTS_PAGES = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–]?\\d{1,3}[-—–]?|第\\d{1,3}页(?:共\\d+页)?");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
    private static final Pattern NARRATIVE_PART = Pattern.compile("^第三部分");
    private static final Pattern ENTRY = Pattern.compile("^([一二三四五六七八九十]+)、(.+?)[.．·…]*\\d*$");
    private static final Pattern SUB_ENTRY = Pattern.compile("^（[一二三四五六七八九十\\d]+）");

    /**
     * One 目录 item under 第三部分, e.g. 十、关于机关运行经费支出说明; {@code firstLine} is its title as printed on the
     * item's first line, the same as {@code title} unless the item wrapped.
     */
    record Entry(String numeral, String title, String firstLine) {

        Entry(String numeral, String title) {
            this(numeral, title, title);
        }

        String text() {
            return numeral + "、" + title;
        }
    }

    private final boolean judgeable;
    private final OptionalInt page;
    private final List<Entry> narrativeEntries;

    private Contents(boolean judgeable, OptionalInt page, List<Entry> narrativeEntries) {
        this.judgeable = judgeable;
        this.page = page;
        this.narrativeEntries = narrativeEntries;
    }

    static Contents of(ValidationContext context) {
        return context.derived(Contents.class, c -> read(c.pages(), c.document().pageCount()));
    }

    /** Whether the text of every opening page was extracted. */
    boolean judgeable() {
        return judgeable;
    }

    /** The page the 目录 starts on, if there is one. */
    OptionalInt page() {
        return page;
    }

    List<Entry> narrativeEntries() {
        return narrativeEntries;
    }

    static Contents read(List<PageText> pages, int pageCount) {
        Map<Integer, List<String>> lines = pages.stream()
                .collect(Collectors.toMap(PageText::page, p -> lines(p.text()), (a, b) -> a));
        int opening = Math.min(OPENING_PAGES, pageCount > 0 ? pageCount : lines.size());
        boolean judgeable = opening > 0;
        for (int p = 1; p <= opening; p++) {
            judgeable &= lines.containsKey(p);
        }
        OptionalInt start = lines.keySet().stream().sorted()
                .filter(p -> lines.get(p).stream().limit(TITLE_WITHIN_LINES).anyMatch("目录"::equals))
                .mapToInt(Integer::intValue).findFirst();
        if (start.isEmpty()) {
            return new Contents(judgeable, start, List.of());
        }
        List<String> contentsLines = new ArrayList<>();
        for (int p = start.getAsInt(); p < start.getAsInt() + CONTENTS_PAGES; p++) {
            contentsLines.addAll(lines.getOrDefault(p, List.of()));
        }
        return new Contents(judgeable, start, narrativeEntries(contentsLines));
    }

    /**
     * The numbered lines after 第三部分, up to the next part or the first line that is not an entry. A long entry wraps
     * onto the next line ("七、…（注意：“三公”经费不再是一般公共预算" / "财政拨款口径，而是财政拨款口径）"): a line that is
     * no entry continues the entry above when that entry leaves a bracket or quote open, or when the line after it is
     * an entry or a part again (the wrapped line sits inside the list; the item keeps its first line too, in case the
     * line was a running header between two 目录 pages).
     */
    private static List<Entry> narrativeEntries(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        boolean inNarrative = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PART.matcher(line).find()) {
                if (inNarrative) {
                    break;
                }
                inNarrative = NARRATIVE_PART.matcher(line).find();
                continue;
            }
            if (!inNarrative || SUB_ENTRY.matcher(line).find()) {
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                entries.add(new Entry(entry.group(1), entry.group(2)));
            } else if (!entries.isEmpty() && continues(entries.get(entries.size() - 1), lines, i)) {
                Entry last = entries.remove(entries.size() - 1);
                Matcher joined = ENTRY.matcher(last.text() + line);
                entries.add(joined.matches() ? new Entry(last.numeral(), joined.group(2), last.firstLine()) : last);
            } else {
                break;
            }
        }
        return List.copyOf(entries);
    }

    /** Whether line {@code i}, which is no entry, is the wrapped rest of {@code previous}. */
    private static boolean continues(Entry previous, List<String> lines, int i) {
        if (open(previous.title())) {
            return true;
        }
        if (i + 1 >= lines.size()) {
            return false;
        }
        String next = lines.get(i + 1);
        return ENTRY.matcher(next).matches() || PART.matcher(next).find();
    }

    /** Whether the text leaves a bracket or a quotation open. */
    static boolean open(String text) {
        return count(text, '（') > count(text, '）') || count(text, '“') > count(text, '”');
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    /** The text without whitespace (PDF text puts spaces inside CJK words), brackets full-width. */
    static String compact(String text) {
        if (text == null) {
            return "";
        }
        if (text.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0')) {
            return text.replace('(', '（').replace(')', '）');
        }
        return Whitespace.removed(text).replace('(', '（').replace(')', '）');
    }

    /** Non-empty lines with whitespace removed, page numbers dropped. */
    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(Contents::compact)
                .filter(line -> !line.isEmpty() && !PAGE_NUMBER.matcher(line).matches())
                .toList();
    }
}
