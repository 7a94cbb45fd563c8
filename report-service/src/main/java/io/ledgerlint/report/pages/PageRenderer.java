package io.ledgerlint.report.pages;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders one PDF page to a PNG with boxes outlined in red. */
public final class PageRenderer {

    /** Pure red does not occur in these documents, so an outline is easy to tell (and to test) from the page. */
    public static final Color OUTLINE = new Color(230, 0, 0);
    private static final float POINTS_PER_INCH = 72f;
    /** Room between the outline and the text it surrounds, in points. */
    private static final double PADDING = 1.5;

    private final float dpi;

    public PageRenderer(float dpi) {
        this.dpi = dpi;
    }

    /** A page number outside the document. */
    public static final class NoSuchPage extends IllegalArgumentException {
        NoSuchPage(int page, int pageCount) {
            super("page " + page + " is not in the document (1.." + pageCount + ")");
        }
    }

    /**
     * @param page 1-based
     * @throws NoSuchPage when the document has no such page
     */
    public byte[] render(InputStream pdf, int page, List<PageBox> outlined) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw new NoSuchPage(page, document.getNumberOfPages());
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
            outline(image, outlined);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
    }

    private void outline(BufferedImage image, List<PageBox> boxes) {
        double scale = dpi / POINTS_PER_INCH;
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            graphics.setColor(OUTLINE);
            graphics.setStroke(new BasicStroke(Math.max(2f, dpi / 40f)));
            for (PageBox box : boxes) {
                int x = (int) Math.floor((box.x0() - PADDING) * scale);
                int y = (int) Math.floor((box.y0() - PADDING) * scale);
                int width = (int) Math.ceil((box.x1() - box.x0() + 2 * PADDING) * scale);
                int height = (int) Math.ceil((box.y1() - box.y0() + 2 * PADDING) * scale);
                graphics.drawRect(x, y, width, height);
            }
        } finally {
            graphics.dispose();
        }
    }
}
