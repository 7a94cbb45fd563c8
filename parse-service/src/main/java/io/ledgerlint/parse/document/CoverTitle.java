package io.ledgerlint.parse.document;

import java.util.List;

/**
 * The document's title as printed on its cover: the lines set in the largest type on the first page, page numbers
 * left out.
 */
public final class CoverTitle {

    /** Lines at least this share of the largest line's height count as part of the title. */
    private static final float TITLE_HEIGHT_SHARE = 0.8f;

    private CoverTitle() {
    }

    /** The title, or null when the first page has no text. */
    public static String of(PageContent firstPage) {
        List<TextLine> lines = firstPage.lines().stream()
                .filter(line -> !PageNumbers.isPageNumber(line.text()))
                .toList();
        float tallest = 0;
        for (TextLine line : lines) {
            tallest = Math.max(tallest, line.height());
        }
        StringBuilder title = new StringBuilder();
        for (TextLine line : lines) {
            if (line.height() >= tallest * TITLE_HEIGHT_SHARE) {
                TextJoiner.appendWrapped(title, line.text());
            }
        }
        return title.isEmpty() ? null : title.toString();
    }
}
