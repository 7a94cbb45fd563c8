package io.ledgerlint.parse.document;

/**
 * One line of text as PDFBox laid it out, with its extent in PDF points (origin top-left of the page).
 *
 * @param height the tallest glyph of the line: a proxy for its font size
 */
public record TextLine(String text, float left, float right, float top, float bottom, float height) {
}
