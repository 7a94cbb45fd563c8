package io.ledgerlint.parse.narrative;

import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.parse.budget.Checkpoint;
import io.ledgerlint.parse.document.PageContent;
import io.ledgerlint.parse.document.PageNumbers;
import io.ledgerlint.parse.document.TextJoiner;
import io.ledgerlint.parse.document.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the narrative into sections: a level-1 section per 第X部分 (its heading with the part's title, and the text
 * before its first numbered heading) and a level-2 section per numbered heading 一、二、… inside it. The 目录 and the
 * pages that hold tables are skipped. A numbered line is a heading only when it continues the numbering of its part
 * and reads as a heading, so list items and 名词解释 entries stay in the text.
 */
public final class NarrativeParser {

    /** Lines after 第X部分 that can make up the part's title. */
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_TITLE_LENGTH = 40;
    /** A heading wrapped because of an open bracket may take this many more lines. */
    private static final int MAX_HEADING_CONTINUATION_LINES = 2;
    /** A line ending this many line-heights short of the right margin ends its paragraph; indents likewise. */
    private static final float PARAGRAPH_GAP_IN_LINE_HEIGHTS = 1.5f;
    /** Markers that open a paragraph: （一） 1、 1. （1） */
    private static final Pattern LIST_MARKER = Pattern.compile("^(（[一二三四五六七八九十]+）|\\d+[、.．]|（\\d+）|\\(\\d+\\))");

    /**
     * @param tablePages pages that carry a table: their text belongs to the tables, not to the narrative
     * @param perPage passed after each page's lines are taken
     */
    public List<Section> parse(List<PageContent> pages, Set<Integer> tablePages, Checkpoint perPage) {
        Set<Integer> contents = TableOfContents.pages(pages);
        List<BodyLine> body = new ArrayList<>();
        for (PageContent page : pages) {
            if (isTableContent(page.page(), tablePages) || contents.contains(page.page())) {
                continue;
            }
            List<TextLine> lines = page.lines().stream()
                    .filter(line -> !PageNumbers.isPageNumber(line.text()))
                    .toList();
            float left = (float) lines.stream().mapToDouble(TextLine::left).min().orElse(0);
            float right = (float) lines.stream().mapToDouble(TextLine::right).max().orElse(0);
            for (TextLine line : lines) {
                body.add(new BodyLine(page.page(), line, left, right));
            }
            perPage.reached();
        }
        return new Walk(body).sections();
    }

    /**
     * A page between two table pages is table content too: what is left of a table whose last rows filled the page
     * before (its repeated header, its notes).
     */
    private static boolean isTableContent(int page, Set<Integer> tablePages) {
        return tablePages.contains(page) || (tablePages.contains(page - 1) && tablePages.contains(page + 1));
    }

    private record BodyLine(int page, TextLine line, float pageLeft, float pageRight) {
        String text() {
            return line.text();
        }

        String compact() {
            return Headings.compact(line.text());
        }

        boolean endsShort() {
            return line.right() < pageRight - PARAGRAPH_GAP_IN_LINE_HEIGHTS * line.height();
        }

        boolean isIndented() {
            return line.left() > pageLeft + PARAGRAPH_GAP_IN_LINE_HEIGHTS * line.height() / 2;
        }
    }

    /** One pass over the body lines, building sections as headings appear. */
    private static final class Walk {
        private final List<BodyLine> body;
        private final List<Section> sections = new ArrayList<>();
        private int lastPart;
        private int lastNumber;
        private String partHeading;
        private SectionDraft current;

        Walk(List<BodyLine> body) {
            this.body = body;
        }

        List<Section> sections() {
            int i = 0;
            while (i < body.size()) {
                BodyLine line = body.get(i);
                int part = Headings.partNumber(line.compact());
                if (part > lastPart) {
                    i = startPart(i);
                    lastPart = part;
                    continue;
                }
                int end = numberedHeadingEnd(i);
                if (end > i) {
                    close();
                    String heading = joinedText(i, end);
                    current = new SectionDraft(heading, 2, partHeading, line.page());
                    lastNumber = Headings.number(line.compact());
                    i = end;
                    continue;
                }
                if (current != null) {
                    current.append(line, i > 0 ? body.get(i - 1) : null);
                }
                i++;
            }
            close();
            return sections;
        }

        /** Opens a 第X部分 section; its title is the rest of the line and the short lines right after it. */
        private int startPart(int i) {
            close();
            BodyLine first = body.get(i);
            StringBuilder heading = new StringBuilder(first.compact().substring(0, first.compact().indexOf('分') + 1));
            StringBuilder title = new StringBuilder(Headings.partRest(first.text()));
            int next = i + 1;
            while (next < body.size() && next - i <= MAX_TITLE_LINES && isTitleLine(body.get(next), first.page())) {
                TextJoiner.appendWrapped(title, body.get(next).text());
                next++;
            }
            if (!title.isEmpty()) {
                heading.append(' ').append(title);
            }
            partHeading = heading.toString();
            lastNumber = 0;
            current = new SectionDraft(partHeading, 1, null, first.page());
            return next;
        }

        private boolean isTitleLine(BodyLine line, int page) {
            String compact = line.compact();
            return line.page() == page
                    && compact.length() <= MAX_TITLE_LENGTH
                    && Headings.partNumber(compact) < 0
                    && Headings.number(compact) < 0
                    && !LIST_MARKER.matcher(compact).find()
                    && !compact.endsWith("。") && !compact.endsWith("：") && !compact.endsWith("；");
        }

        /** The index after a numbered heading starting at {@code i} (continuation lines included), or {@code i}. */
        private int numberedHeadingEnd(int i) {
            if (Headings.number(body.get(i).compact()) != lastNumber + 1) {
                return i;
            }
            int end = i + 1;
            while (end < body.size() && end - i <= MAX_HEADING_CONTINUATION_LINES
                    && Headings.isUnclosed(joinedText(i, end))) {
                end++;
            }
            return Headings.readsAsHeading(Headings.compact(joinedText(i, end))) ? end : i;
        }

        /** The text of lines {@code from} (inclusive) to {@code to} (exclusive), joined as wrapped lines. */
        private String joinedText(int from, int to) {
            StringBuilder text = new StringBuilder();
            for (int k = from; k < to; k++) {
                TextJoiner.appendWrapped(text, body.get(k).text());
            }
            return text.toString();
        }

        private void close() {
            if (current != null) {
                sections.add(current.build());
                current = null;
            }
        }
    }

    /** A section being read: its paragraphs are joined with newlines, the wrapped lines of one paragraph without. */
    private static final class SectionDraft {
        private final String heading;
        private final int level;
        private final String part;
        private final int page;
        private final StringBuilder text = new StringBuilder();

        SectionDraft(String heading, int level, String part, int page) {
            this.heading = heading;
            this.level = level;
            this.part = part;
            this.page = page;
        }

        void append(BodyLine line, BodyLine previous) {
            if (!text.isEmpty() && startsParagraph(line, previous)) {
                text.append('\n');
            }
            TextJoiner.appendWrapped(text, line.text());
        }

        private static boolean startsParagraph(BodyLine line, BodyLine previous) {
            return previous == null
                    || previous.endsShort()
                    || line.isIndented()
                    || LIST_MARKER.matcher(line.compact()).find();
        }

        Section build() {
            return new Section(heading, level, part, page, text.toString());
        }
    }
}
