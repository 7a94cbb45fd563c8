package io.ledgerlint.parse.table;

import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.PageGeometry;
import io.ledgerlint.parse.geometry.Ruling;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Synthetic pages ({@link LargePages}) written as a PDF with PDFBox: rulings stroked as lines, each word of touching
 * glyphs shown in Helvetica at its first glyph's place; for measuring the extraction with PDFBox's reading included.
 *
 * @param rows the table rows the pages hold
 */
record LargeTablePdf(Path file, int rows) {

    private static final float FONT_SIZE = 8;

    static LargeTablePdf write(List<PageGeometry> pages, Path file) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (PageGeometry geometry : pages) {
                PDPage page = new PDPage(new PDRectangle((float) geometry.width(), (float) geometry.height()));
                document.addPage(page);
                float height = (float) geometry.height();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setLineWidth(0.5f);
                    for (Ruling ruling : geometry.rulings()) {
                        float position = (float) ruling.position();
                        if (ruling.horizontal()) {
                            content.moveTo((float) ruling.start(), height - position);
                            content.lineTo((float) ruling.end(), height - position);
                        } else {
                            content.moveTo(position, height - (float) ruling.start());
                            content.lineTo(position, height - (float) ruling.end());
                        }
                    }
                    content.stroke();
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    writeWords(content, geometry.glyphs(), height);
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return new LargeTablePdf(file, pages.size() * LargePages.ROWS_PER_PAGE);
    }

    /** Glyphs in the order generated: a word is a run of glyphs each starting where the one before ends. */
    private static void writeWords(PDPageContentStream content, List<Glyph> glyphs, float height) throws IOException {
        StringBuilder word = new StringBuilder();
        Glyph first = null;
        Glyph last = null;
        for (Glyph glyph : glyphs) {
            if (last != null && (glyph.x0() != last.x1() || glyph.baseline() != last.baseline())) {
                show(content, word.toString(), first, height);
                word.setLength(0);
                first = null;
            }
            first = first == null ? glyph : first;
            word.append(glyph.text());
            last = glyph;
        }
        if (first != null) {
            show(content, word.toString(), first, height);
        }
    }

    private static void show(PDPageContentStream content, String word, Glyph at, float height) throws IOException {
        content.setTextMatrix(new Matrix(1, 0, 0, 1, (float) at.x0(),
                height - (float) at.baseline()));
        content.showText(word);
    }
}
