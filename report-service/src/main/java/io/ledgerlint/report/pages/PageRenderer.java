package io.ledgerlint.report.pages;

import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.domain.pdf.PdfFile;
import io.ledgerlint.domain.pdf.UnusableDocumentException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.jboss.logging.Logger;

/**
 * Renders one PDF page to a PNG with boxes outlined in red, within {@link RenderLimits}. A page it cannot draw in
 * full still gives an image: a grey placeholder of the page's size that says why, or the page with its oversized
 * images as grey boxes and a strip that says so ({@link PageImage#placeholder()} tells which).
 */
public final class PageRenderer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PageRenderer.class);

    /** Pure red does not occur in these documents, so an outline is easy to tell (and to test) from the page. */
    public static final Color OUTLINE = new Color(230, 0, 0);
    private static final float POINTS_PER_INCH = 72f;
    /** Room between the outline and the text it surrounds, in points. */
    private static final double PADDING = 1.5;
    /** The placeholder's page when the page's own size is not known (the PDF could not be opened): A4 portrait. */
    private static final PDRectangle UNKNOWN_PAGE = PDRectangle.A4;
    /** The strip naming the images not drawn, as a share of the page height. */
    private static final int STRIP_SHARE = 24;

    private final RenderLimits limits;
    private final ExecutorService threads;

    public PageRenderer(RenderLimits limits) {
        this.limits = limits;
        AtomicInteger count = new AtomicInteger();
        // Daemon threads: a drawing given up on runs on until its next content operator, and must not hold the JVM.
        this.threads = Executors.newFixedThreadPool(limits.renderThreads(), task -> {
            Thread thread = new Thread(task, "page-render-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A page number outside the document. */
    public static final class NoSuchPage extends IllegalArgumentException {
        NoSuchPage(int page, int pageCount) {
            super("page " + page + " is not in the document (1.." + pageCount + ")");
        }
    }

    /**
     * @param pdf  the PDF file, untrusted
     * @param page 1-based
     * @throws NoSuchPage when the document has no such page
     */
    public PageImage render(Path pdf, int page, List<PageBox> outlined) {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        // The page's size in pixels once known, so that a placeholder has it too.
        AtomicReference<Dimension> size = new AtomicReference<>();
        Future<PageImage> drawing = threads.submit(() -> draw(pdf, page, outlined, deadline, size));
        try {
            return drawing.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            drawing.cancel(true);
            return timedOut(page, size);
        } catch (InterruptedException e) {
            drawing.cancel(true);
            Thread.currentThread().interrupt();
            return timedOut(page, size);
        } catch (ExecutionException e) {
            return failed(page, size, e.getCause());
        }
    }

    private PageImage draw(Path pdf, int page, List<PageBox> outlined, long deadline,
            AtomicReference<Dimension> size) throws IOException, UnusableDocumentException {
        BoundedPdfRenderer.checkDeadline(deadline);
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.maxMainMemoryBytes(),
                limits.maxStorageBytes());
        try (PDDocument document = PdfFile.open(pdf, PdfFile.DEFAULT_MAX_PAGES, memory.streamCache)) {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw new NoSuchPage(page, document.getNumberOfPages());
            }
            PDPage pdfPage = document.getPage(page - 1);
            PDRectangle box = pdfPage.getCropBox();
            float dpi = boundedDpi(box);
            size.set(pixels(box, pdfPage.getRotation(), dpi));
            BoundedPdfRenderer renderer = new BoundedPdfRenderer(document, limits.maxImagePixels(), deadline);
            BufferedImage image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.RGB);
            outline(image, outlined, dpi);
            List<String> refused = renderer.refusedImages();
            if (refused.isEmpty()) {
                return PageImage.drawn(png(image));
            }
            String reason = PlaceholderImages.imagesNotDrawn(page, refused);
            stampStrip(image, reason);
            return new PageImage(png(image), Placeholder.IMAGE_TOO_LARGE, reason);
        }
    }

    /** The configured resolution, or a lower one at which the page has at most the allowed number of pixels. */
    private float boundedDpi(PDRectangle box) throws UnusableDocumentException {
        double width = Math.abs(box.getWidth()) / POINTS_PER_INCH;
        double height = Math.abs(box.getHeight()) / POINTS_PER_INCH;
        double pixels = width * height * limits.dpi() * limits.dpi();
        if (!Double.isFinite(pixels)) {
            throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF, "the page has no finite size");
        }
        if (pixels <= limits.maxPagePixels()) {
            return limits.dpi();
        }
        return (float) Math.sqrt(limits.maxPagePixels() / (width * height));
    }

    /** The size PDFBox gives the page's image: a page rotated by a quarter turn is drawn on its side. */
    private static Dimension pixels(PDRectangle box, int rotation, float dpi) {
        double scale = dpi / POINTS_PER_INCH;
        int width = (int) Math.max(Math.floor(Math.abs(box.getWidth()) * scale), 1);
        int height = (int) Math.max(Math.floor(Math.abs(box.getHeight()) * scale), 1);
        return rotation % 180 == 0 ? new Dimension(width, height) : new Dimension(height, width);
    }

    private PageImage timedOut(int page, AtomicReference<Dimension> size) {
        return placeholder(page, size, Placeholder.RENDER_TIMEOUT,
                "drawing took longer than " + limits.timeout().toMillis() + " ms");
    }

    private PageImage failed(int page, AtomicReference<Dimension> size, Throwable cause) {
        if (cause instanceof NoSuchPage noSuchPage) {
            throw noSuchPage;
        }
        if (cause instanceof BoundedPdfRenderer.DeadlinePassed) {
            return timedOut(page, size);
        }
        if (cause instanceof OutOfMemoryError) {
            LOG.warnf("page %d ran out of memory while drawing", page);
            return placeholder(page, size, Placeholder.OUT_OF_MEMORY, "not enough memory");
        }
        if (cause instanceof UnusableDocumentException unusable) {
            return placeholder(page, size, Placeholder.UNREADABLE_PDF,
                    "the PDF cannot be read (" + unusable.errorCode().code() + ")");
        }
        if (cause instanceof StackOverflowError) {
            return placeholder(page, size, Placeholder.RENDER_FAILED, "its content is nested too deeply");
        }
        LOG.warnf(cause, "page %d could not be drawn", page);
        return placeholder(page, size, Placeholder.RENDER_FAILED,
                "PDFBox failed (" + cause.getClass().getSimpleName() + ")");
    }

    private PageImage placeholder(int page, AtomicReference<Dimension> size, Placeholder placeholder, String reason) {
        Dimension pixels = size.get() != null ? size.get() : pixels(UNKNOWN_PAGE, 0, limits.dpi());
        String text = PlaceholderImages.pageNotDrawn(page, reason);
        try {
            return new PageImage(png(PlaceholderImages.grey(pixels.width, pixels.height, text)), placeholder, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the placeholder for page " + page, e);
        }
    }

    /** Writes {@code text} on a grey strip across the bottom of the page. */
    private static void stampStrip(BufferedImage image, String text) throws IOException {
        int height = Math.max(image.getHeight() / STRIP_SHARE, 12);
        BufferedImage strip = PlaceholderImages.grey(image.getWidth(), height, text);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.drawImage(strip, 0, image.getHeight() - height, null);
        } finally {
            graphics.dispose();
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static void outline(BufferedImage image, List<PageBox> boxes, float dpi) {
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

    /** Stops the drawing threads; a drawing under way ends at its deadline. */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
