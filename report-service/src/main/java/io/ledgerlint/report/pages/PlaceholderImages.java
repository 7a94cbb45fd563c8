package io.ledgerlint.report.pages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Grey images with a line of text that say why a page is not (all) shown. Drawn by PDFBox from a one-page PDF with
 * a standard font, whose glyphs PDFBox carries: no system font is needed, unlike Java2D text.
 */
final class PlaceholderImages {

    private static final float GREY = 0.85f;
    private static final float TEXT_GREY = 0.2f;
    private static final float MAX_FONT_PIXELS = 24;
    /** Helvetica's average advance is about half its size; the text keeps a margin on either side. */
    private static final float WIDTH_PER_CHARACTER = 0.6f;

    private static final int SIZES_LISTED = 3;

    private PlaceholderImages() {
    }

    /** A grey {@code width} × {@code height} image with {@code text} centred in it, as large as fits. */
    static BufferedImage grey(int width, int height, String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            // One point per pixel: the page renders at scale 1 to exactly width × height.
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float size = Math.min(MAX_FONT_PIXELS,
                    Math.min(height * 0.6f, width / (WIDTH_PER_CHARACTER * Math.max(text.length(), 1))));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(GREY, GREY, GREY);
                content.addRect(0, 0, width, height);
                content.fill();
                content.setNonStrokingColor(TEXT_GREY, TEXT_GREY, TEXT_GREY);
                content.beginText();
                content.setFont(font, size);
                float textWidth = font.getStringWidth(text) / 1000 * size;
                content.newLineAtOffset(Math.max(0, (width - textWidth) / 2), (height - size * 0.7f) / 2);
                content.showText(text);
                content.endText();
            }
            return new PDFRenderer(document).renderImage(0, 1, ImageType.RGB);
        }
    }

    /** The text of a placeholder for the whole page. */
    static String pageNotDrawn(int page, String reason) {
        return "page " + page + " could not be drawn: " + reason;
    }

    /** The text of the strip that tells which images of a drawn page are grey boxes. */
    static String imagesNotDrawn(int page, List<String> sizes) {
        String listed = String.join(", ", sizes.subList(0, Math.min(sizes.size(), SIZES_LISTED)))
                + (sizes.size() > SIZES_LISTED ? ", …" : "");
        return "page " + page + ": " + (sizes.size() == 1 ? "an image" : sizes.size() + " images")
                + " not drawn, too large (" + listed + " px)";
    }
}
