package io.ledgerlint.report.pages;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * PDFBox's renderer within bounds: an image declaring more than {@code maxImagePixels} (its mask's included) is not
 * decoded but drawn as a grey box, and drawing stops with {@link DeadlinePassed} at the first content operator after
 * the deadline. Images drawn smaller than their resolution are decoded subsampled, which bounds the memory of the
 * images it does decode.
 */
final class BoundedPdfRenderer extends PDFRenderer {

    static final Color REFUSED_IMAGE = new Color(0xB0, 0xB0, 0xB0);

    private final long maxImagePixels;
    private final long deadlineNanos;
    private final List<String> refusedImages = new ArrayList<>();

    /** @param deadlineNanos a {@link System#nanoTime()} */
    BoundedPdfRenderer(PDDocument document, long maxImagePixels, long deadlineNanos) {
        super(document);
        this.maxImagePixels = maxImagePixels;
        this.deadlineNanos = deadlineNanos;
        setSubsamplingAllowed(true);
    }

    /** The declared sizes ("65535×65535") of the images drawn as grey boxes so far. */
    List<String> refusedImages() {
        return List.copyOf(refusedImages);
    }

    static void checkDeadline(long deadlineNanos) {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new DeadlinePassed();
        }
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new BoundedPageDrawer(parameters);
    }

    /** Drawing went on past its deadline. */
    static final class DeadlinePassed extends RuntimeException {
        DeadlinePassed() {
            super("the page took too long to draw", null, false, false);
        }
    }

    private final class BoundedPageDrawer extends PageDrawer {

        BoundedPageDrawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            checkDeadline(deadlineNanos);
            super.processOperator(operator, operands);
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            if (declaredPixels(image) <= maxImagePixels) {
                super.drawImage(image);
                return;
            }
            refusedImages.add(image.getWidth() + "×" + image.getHeight());
            // The image fills the unit square of the current transformation, within the current clip.
            setClip();
            Graphics2D graphics = getGraphics();
            graphics.setComposite(AlphaComposite.SrcOver);
            graphics.setPaint(REFUSED_IMAGE);
            graphics.fill(getGraphicsState().getCurrentTransformationMatrix().createAffineTransform()
                    .createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1)));
        }

        /** The most pixels the image or one of its masks declares; read from the dictionaries, nothing decoded. */
        private long declaredPixels(PDImage image) throws IOException {
            long pixels = pixels(image);
            if (image instanceof PDImageXObject xObject) {
                PDImageXObject softMask = xObject.getSoftMask();
                PDImageXObject mask = xObject.getMask();
                pixels = Math.max(pixels, softMask == null ? 0 : pixels(softMask));
                pixels = Math.max(pixels, mask == null ? 0 : pixels(mask));
            }
            return pixels;
        }

        private static long pixels(PDImage image) {
            return (long) Math.max(image.getWidth(), 0) * Math.max(image.getHeight(), 0);
        }
    }
}
