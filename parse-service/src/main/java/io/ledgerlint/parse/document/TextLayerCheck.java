package io.ledgerlint.parse.document;

import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.domain.pdf.UnusableDocumentException;
import java.util.List;

/**
 * Decides whether a document's text layer can be trusted: a scan has images but next to no text, and a document
 * whose fonts lack Unicode mappings draws many glyphs that read as nothing or as private-use characters.
 */
public final class TextLayerCheck {

    /** Fewer readable glyphs than this on a page that shows an image: the page is a scan. */
    static final int MIN_GLYPHS_OF_TEXT_PAGE = 20;
    /** Fewer readable glyphs than this in the whole document: there is no text to check. */
    static final int MIN_GLYPHS_OF_DOCUMENT = 100;
    /** Below this share of readable glyphs the text is garbled. */
    static final double MIN_READABLE_SHARE = 0.5;

    private TextLayerCheck() {
    }

    public static void check(List<PageContent> pages) throws UnusableDocumentException {
        long glyphs = 0;
        long readable = 0;
        int scannedPages = 0;
        for (PageContent page : pages) {
            glyphs += page.glyphs();
            readable += page.readableGlyphs();
            if (page.hasImages() && page.readableGlyphs() < MIN_GLYPHS_OF_TEXT_PAGE) {
                scannedPages++;
            }
        }
        if (glyphs >= MIN_GLYPHS_OF_DOCUMENT && readable < glyphs * MIN_READABLE_SHARE) {
            throw new UnusableDocumentException(ErrorCode.GARBLED_TEXT, String.format(
                    "only %d of %d glyphs map to readable characters: the fonts lack Unicode mappings",
                    readable, glyphs));
        }
        if (readable < MIN_GLYPHS_OF_DOCUMENT) {
            throw new UnusableDocumentException(ErrorCode.NO_TEXT_LAYER, String.format(
                    "the document has %d readable characters on %d pages: no text layer (a scan?)",
                    readable, pages.size()));
        }
        if (scannedPages * 2 > pages.size()) {
            throw new UnusableDocumentException(ErrorCode.NO_TEXT_LAYER, String.format(
                    "%d of %d pages are images without text (scanned pages)", scannedPages, pages.size()));
        }
    }
}
