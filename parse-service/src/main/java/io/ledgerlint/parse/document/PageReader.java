package io.ledgerlint.parse.document;

import io.ledgerlint.parse.budget.Budgets;
import io.ledgerlint.parse.budget.DocumentBudget;
import io.ledgerlint.parse.geometry.CjkRadicals;
import io.ledgerlint.parse.geometry.ContentCollector;
import io.ledgerlint.parse.geometry.PageGeometry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads every page in one pass over its content stream: its text lines with their positions, the counts of glyphs
 * drawn with and without a Unicode mapping, and its geometry (glyphs and ruling lines) for the tables. Counting
 * happens where PDFBox draws a glyph because PDFTextStripper silently drops glyphs of composite fonts that have no
 * mapping: from its output alone, a page of garbled text would look empty.
 */
public final class PageReader {

    private final DocumentBudget budget;

    /** Within the default budgets, counted from now. */
    public PageReader() {
        this(new DocumentBudget(Budgets.DEFAULT));
    }

    /** Charges the reading to {@code budget}, which throws when one is spent. */
    public PageReader(DocumentBudget budget) {
        this.budget = budget;
    }

    /** Reads all pages of {@code document}; its fonts, parsed on first use, serve every page after it. */
    public List<Page> read(PDDocument document) throws IOException {
        document.setResourceCache(new FontKeepingCache());
        Collector collector = new Collector(budget);
        collector.setSortByPosition(true);
        List<PageGeometry> geometry = collector.collect(document);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < geometry.size(); i++) {
            pages.add(new Page(collector.contents.get(i), geometry.get(i)));
        }
        return pages;
    }

    /** Runs for every glyph drawn: a loop over the code points, no stream. */
    private static boolean isReadable(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return false;
        }
        for (int i = 0; i < unicode.length(); ) {
            int codePoint = unicode.codePointAt(i);
            if (!isReadable(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static boolean isReadable(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint != 0xFFFD
                && type != Character.PRIVATE_USE
                && type != Character.CONTROL
                && type != Character.UNASSIGNED
                && type != Character.SURROGATE;
    }

    private static final class Collector extends ContentCollector {

        private final List<PageContent> contents = new ArrayList<>();
        private List<TextLine> lines;
        private final StringBuilder lineText = new StringBuilder();
        private final List<TextPosition> linePositions = new ArrayList<>();
        private int glyphs;
        private int readableGlyphs;

        private Collector(DocumentBudget budget) throws IOException {
            super(budget);
        }

        @Override
        protected void startPage(PDPage page) {
            lines = new ArrayList<>();
            glyphs = 0;
            readableGlyphs = 0;
            super.startPage(page);
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            String unicode = font.toUnicode(code);
            if (unicode == null || !unicode.isBlank()) {
                glyphs++;
                if (isReadable(unicode)) {
                    readableGlyphs++;
                }
            }
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            lineText.append(CjkRadicals.asIdeographs(text));
            linePositions.addAll(textPositions);
        }

        @Override
        protected void writeWordSeparator() {
            lineText.append(getWordSeparator());
        }

        @Override
        protected void writeLineSeparator() {
            flushLine();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flushLine();
            contents.add(new PageContent(getCurrentPageNo(), page.getMediaBox().getWidth(),
                    page.getMediaBox().getHeight(), List.copyOf(lines), glyphs, readableGlyphs, hasImages(page)));
            super.endPage(page);
        }

        private void flushLine() {
            String text = lineText.toString().strip();
            if (!text.isEmpty() && !linePositions.isEmpty()) {
                float left = Float.MAX_VALUE;
                float right = -Float.MAX_VALUE;
                float top = Float.MAX_VALUE;
                float bottom = -Float.MAX_VALUE;
                float height = 0;
                for (TextPosition p : linePositions) {
                    left = Math.min(left, p.getXDirAdj());
                    right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                    bottom = Math.max(bottom, p.getYDirAdj());
                    height = Math.max(height, p.getHeightDir());
                }
                lines.add(new TextLine(text, left, right, top, bottom, height));
            }
            lineText.setLength(0);
            linePositions.clear();
        }

        private static boolean hasImages(PDPage page) throws IOException {
            PDResources resources = page.getResources();
            if (resources == null) {
                return false;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * PDFBox's text stripper evicts each page's fonts from the document's cache once the page is done (bounding the
     * memory of very long documents); a font used on every page is then parsed again for the next page, up to three
     * times until PDFBox deems it stable, and parsing an embedded font costs more than reading a page of text. Kept
     * here for the document's lifetime instead: the document is closed once read, and the cache holds its fonts
     * through soft references, so memory pressure still clears them.
     */
    private static final class FontKeepingCache extends DefaultResourceCache {

        @Override
        public PDFont removeFont(COSObject indirect) {
            return null;
        }
    }
}
