package io.ledgerlint.parse.geometry;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Reads the glyphs and ruling lines of every page of a document, each page's content parsed once. */
public final class PageGeometryReader {

    public List<PageGeometry> read(PDDocument document) throws IOException {
        return new ContentCollector().collect(document);
    }
}
