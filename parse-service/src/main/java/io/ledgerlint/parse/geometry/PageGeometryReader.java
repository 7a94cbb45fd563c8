package io.ledgerlint.parse.geometry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Reads the glyphs and ruling lines of every page of a document. */
public final class PageGeometryReader {

    public List<PageGeometry> read(PDDocument document) throws IOException {
        Map<Integer, List<Glyph>> glyphs = new GlyphCollector().collect(document);
        List<PageGeometry> pages = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            PageFrame frame = new PageFrame(page);
            List<Ruling> rulings = new RulingCollector(page).collect();
            pages.add(new PageGeometry(number, frame.displayedWidth(), frame.displayedHeight(),
                    glyphs.getOrDefault(number, List.of()), rulings));
        }
        return pages;
    }
}
