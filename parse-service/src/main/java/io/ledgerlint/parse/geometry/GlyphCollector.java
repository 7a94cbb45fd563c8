package io.ledgerlint.parse.geometry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of every page in one pass of PDFBox's text engine, in displayed coordinates. Glyphs painted
 * twice at (almost) the same place, the usual fake-bold trick, are kept once.
 */
final class GlyphCollector extends PDFTextStripper {

    private final Map<Integer, List<Glyph>> byPage = new HashMap<>();
    private List<Glyph> current;
    private int pageNumber;

    GlyphCollector() throws IOException {
        setSortByPosition(false);
    }

    Map<Integer, List<Glyph>> collect(PDDocument document) throws IOException {
        getText(document);
        return byPage;
    }

    @Override
    protected void startPage(PDPage page) {
        pageNumber++;
        current = byPage.computeIfAbsent(pageNumber, p -> new ArrayList<>());
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank()) {
            return;
        }
        double x0 = text.getXDirAdj();
        double baseline = text.getYDirAdj();
        double height = Math.max(text.getHeightDir(), 1);
        Glyph glyph = new Glyph(unicode, x0, baseline - height, x0 + Math.max(text.getWidthDirAdj(), 0.1), baseline);
        if (!isRepaint(glyph)) {
            current.add(glyph);
        }
    }

    private boolean isRepaint(Glyph glyph) {
        int from = Math.max(0, current.size() - 4);
        for (int i = current.size() - 1; i >= from; i--) {
            Glyph previous = current.get(i);
            if (previous.text().equals(glyph.text())
                    && Math.abs(previous.x0() - glyph.x0()) < glyph.width() * 0.3
                    && Math.abs(previous.baseline() - glyph.baseline()) < glyph.height() * 0.3) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void writePage() {
        // Glyphs are taken as they come; PDFBox's own line building is not needed.
    }
}
