package io.ledgerlint.parse.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one page holds: its text lines in reading order (top to bottom, left to right) and the facts needed to decide
 * whether the page has a usable text layer.
 *
 * @param page           1-based page number
 * @param glyphs         glyphs drawn, including those with no Unicode mapping; spaces excluded
 * @param readableGlyphs glyphs that map to a real character (not private-use, replacement or control)
 * @param hasImages      the page draws at least one image
 */
public record PageContent(int page, float width, float height, List<TextLine> lines, int glyphs, int readableGlyphs,
                          boolean hasImages) {

    /** The page's plain text: its lines joined by newlines. */
    public String text() {
        return lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }
}
