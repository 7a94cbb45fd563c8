package io.ledgerlint.parse.narrative;

import io.ledgerlint.parse.document.PageContent;
import io.ledgerlint.parse.document.PageNumbers;
import io.ledgerlint.parse.document.TextLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the pages of the 目录: they list the same headings as the body, so the narrative parser must skip them. A
 * contents page is titled 目录 or is mostly dot-leader entries; the pages right after it that hold nothing but
 * entries continue it.
 */
final class TableOfContents {

    /** The 目录 title sits among the first lines of its page. */
    private static final int TITLE_WITHIN_LINES = 3;
    /** A continuation page lists at least this many headings. */
    private static final int MIN_ENTRIES_OF_CONTINUATION = 3;

    private TableOfContents() {
    }

    static Set<Integer> pages(List<PageContent> pages) {
        Set<Integer> contents = new HashSet<>();
        boolean inContents = false;
        for (PageContent page : pages) {
            List<String> lines = page.lines().stream()
                    .map(TextLine::text)
                    .filter(text -> !PageNumbers.isPageNumber(text))
                    .toList();
            if (startsContents(lines) || (inContents && continuesContents(lines))) {
                contents.add(page.page());
                inContents = true;
            } else {
                inContents = false;
            }
        }
        return contents;
    }

    private static boolean startsContents(List<String> lines) {
        for (int i = 0; i < Math.min(TITLE_WITHIN_LINES, lines.size()); i++) {
            if (Headings.isContentsTitle(Headings.compact(lines.get(i)))) {
                return true;
            }
        }
        long leaders = lines.stream().filter(Headings::hasDotLeader).count();
        return leaders >= MIN_ENTRIES_OF_CONTINUATION && leaders * 2 >= lines.size();
    }

    private static boolean continuesContents(List<String> lines) {
        int entries = 0;
        for (String line : lines) {
            String compact = Headings.compact(line);
            boolean heading = Headings.partNumber(compact) > 0
                    || (Headings.number(compact) > 0 && Headings.readsAsHeading(compact));
            if (!heading && !Headings.hasDotLeader(line)) {
                return false;
            }
            entries++;
        }
        return entries >= MIN_ENTRIES_OF_CONTINUATION;
    }
}
