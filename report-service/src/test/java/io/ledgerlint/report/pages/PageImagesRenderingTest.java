package io.ledgerlint.report.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlint.contracts.events.FindingsProduced.CellAddress;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.testsupport.CorpusDocuments;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageImagesRenderingTest {

    private static final Path CORPUS_PDF = CorpusDocuments.pdf("doc-000");
    private static final RenderLimits LIMITS = new RenderLimits(100, 16_000_000, 50_000_000, Duration.ofSeconds(60), 2,
            32L << 20, 512L << 20);
    /** A4 portrait at 100 dpi. */
    private static final List<Integer> A4 = List.of(826, 1169);

    @TempDir
    Path folder;

    private final PageRenderer renderer = new PageRenderer(LIMITS);

    @AfterEach
    void stopRenderer() {
        renderer.close();
    }

    private static final Table TABLE = new Table("06", "明细表", null, null, "万元", 12, 13,
            List.of(List.of(Cell.ofText("科目编码"), Cell.ofText("决算数"))),
            List.of(List.of(Cell.ofText("301"), new Cell("177.5", "177.5", 12, new double[] {400, 200, 440, 212})),
                    List.of(Cell.ofText("302"), new Cell("33.3", "33.3", 13, new double[] {400, 100, 440, 112}))),
            List.of(), List.of(), null);

    private static Finding finding(Location... locations) {
        return new Finding("T06-CLASS-SUM", "error", "high", "合计不符", List.of(locations), null, null, null);
    }

    @Test
    void outlinesTheBoxesOfLocationsAndOfTheAddressedCellsOnThatPageOnly() {
        Finding finding = finding(
                Location.cell("06", "301", "决算数", 12, null).addressed(new CellAddress(1, 1, null, "301")),
                Location.cell("06", "302", "决算数", 13, null).addressed(new CellAddress(2, 1, null, "302")),
                new Location(null, "五、说明", null, null, "某句", 12, new double[] {50, 60, 150, 72}));

        assertThat(HighlightBoxes.of(finding, List.of(TABLE), 12))
                .containsExactly(new PageBox(400, 200, 440, 212), new PageBox(50, 60, 150, 72));
        assertThat(HighlightBoxes.of(finding, List.of(TABLE), 13)).containsExactly(new PageBox(400, 100, 440, 112));
        assertThat(HighlightBoxes.of(finding, List.of(TABLE), 14)).isEmpty();
    }

    @Test
    void rendersTheCorpusPageWithTheBoxOutlinedInRed() throws IOException {
        PageBox box = new PageBox(100, 100, 300, 150);

        BufferedImage outlined = png(12, List.of(box));
        BufferedImage plain = png(12, List.of());

        double scale = 100 / 72.0;
        // A4 at 100 dpi (this page is landscape): 1169 x 826
        assertThat(List.of(outlined.getWidth(), outlined.getHeight())).containsExactlyInAnyOrder(1169, 826);
        assertThat(outlineNear(outlined, 200 * scale, 100 * scale)).as("top edge").isTrue();
        assertThat(outlineNear(outlined, 100 * scale, 125 * scale)).as("left edge").isTrue();
        assertThat(outlineNear(outlined, 200 * scale, 125 * scale)).as("inside").isFalse();
        assertThat(countOutlinePixels(plain)).isZero();
    }

    @Test
    void aPageOutsideTheDocumentIsNoSuchPage() {

        assertThatThrownBy(() -> png(41, List.of())).isInstanceOf(PageRenderer.NoSuchPage.class)
                .hasMessageContaining("1..40");
    }

    @Test
    void theCacheRendersEachKeyOnce() {
        RenderedPages pages = new RenderedPages(1024);
        AtomicInteger renders = new AtomicInteger();
        RenderedPages.Key key = new RenderedPages.Key("doc", "v1", 3, 0);

        pages.get(key, () -> PageImage.drawn(new byte[] {(byte) renders.incrementAndGet()}));
        PageImage again = pages.get(key, () -> PageImage.drawn(new byte[] {(byte) renders.incrementAndGet()}));

        assertThat(again.png()).containsExactly(1);
        assertThat(renders).hasValue(1);
    }

    @Test
    void anImageDeclaringTooManyPixelsIsAGreyBoxAndTheRestOfThePageIsDrawn() throws IOException {
        Path pdf = HostilePages.withOversizedImage(folder.resolve("oversized.pdf"));
        PageBox box = new PageBox(72, 40, 300, 70);

        long started = System.nanoTime();
        PageImage page = renderer.render(pdf, 1, List.of(box));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(page.placeholder()).isEqualTo(Placeholder.IMAGE_TOO_LARGE);
        assertThat(page.reason()).isEqualTo("page 1: an image not drawn, too large (65535×65535 px)");
        BufferedImage image = image(page);
        assertThat(List.of(image.getWidth(), image.getHeight())).isEqualTo(A4);
        // the grey box where the image was, in image coordinates (the page's are from the bottom)
        PDRectangle area = HostilePages.OVERSIZED_IMAGE_AREA;
        double scale = 100 / 72.0;
        int centreX = (int) ((area.getLowerLeftX() + area.getWidth() / 2) * scale);
        int centreY = (int) ((PDRectangle.A4.getHeight() - area.getLowerLeftY() - area.getHeight() / 2) * scale);
        assertThat(image.getRGB(centreX, centreY) & 0xFFFFFF)
                .isEqualTo(BoundedPdfRenderer.REFUSED_IMAGE.getRGB() & 0xFFFFFF);
        // the page's own text is drawn (dark pixels at its line), and the finding's outline too
        assertThat(darkPixels(image, 0, (int) (60 * scale), image.getWidth(), (int) (90 * scale))).isPositive();
        assertThat(countOutlinePixels(image)).isPositive();
    }

    @Test
    void theNextPageOfThatDocumentIsDrawnInFull() throws IOException {
        Path pdf = HostilePages.withOversizedImage(folder.resolve("oversized.pdf"));

        PageImage page = renderer.render(pdf, 2, List.of());

        assertThat(page.placeholder()).isNull();
        assertThat(List.of(image(page).getWidth(), image(page).getHeight())).isEqualTo(A4);
    }

    @Test
    void aPageTakingLongerThanTheTimeoutIsAPlaceholderOfItsSize() throws IOException {
        Path pdf = HostilePages.withSlowPage(folder.resolve("slow.pdf"), 20_000);
        RenderLimits hurried = new RenderLimits(100, 16_000_000, 50_000_000, Duration.ofMillis(200), 1, 32L << 20,
                512L << 20);

        long started = System.nanoTime();
        PageImage page;
        try (PageRenderer hurriedRenderer = new PageRenderer(hurried)) {
            page = hurriedRenderer.render(pdf, 1, List.of());
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(page.placeholder()).isEqualTo(Placeholder.RENDER_TIMEOUT);
        assertThat(page.reason()).isEqualTo("page 1 could not be drawn: drawing took longer than 200 ms");
        assertThat(page.isTransientPlaceholder()).isTrue();
        BufferedImage image = image(page);
        assertThat(List.of(image.getWidth(), image.getHeight())).isEqualTo(A4);
        assertThat(darkPixels(image, 0, 0, image.getWidth(), image.getHeight())).as("the reason's text").isPositive();
    }

    @Test
    void aHugePageIsDrawnAtALowerResolutionWithinThePixelBound() throws IOException {
        // 14400 points square: 20000 × 20000 pixels at 100 dpi, 400 million
        Path pdf = HostilePages.withHugePage(folder.resolve("huge.pdf"), 14_400);

        PageImage page = renderer.render(pdf, 1, List.of());

        assertThat(page.placeholder()).isNull();
        BufferedImage image = image(page);
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(LIMITS.maxPagePixels())
                .isGreaterThan(LIMITS.maxPagePixels() * 99 / 100);
    }

    @Test
    void aStackOverflowWhileDrawingIsAPlaceholder() throws IOException {
        Path pdf = HostilePages.withSelfReferencingPattern(folder.resolve("pattern-loop.pdf"));

        PageImage page = renderer.render(pdf, 1, List.of());

        assertThat(page.placeholder()).isEqualTo(Placeholder.RENDER_FAILED);
        assertThat(page.reason()).isEqualTo("page 1 could not be drawn: its content is nested too deeply");
        assertThat(List.of(image(page).getWidth(), image(page).getHeight())).isEqualTo(A4);
    }

    @Test
    void aFileThatIsNoPdfIsAnA4Placeholder() throws IOException {
        Path notPdf = Files.writeString(folder.resolve("not.pdf"), "plain text");

        PageImage page = renderer.render(notPdf, 3, List.of());

        assertThat(page.placeholder()).isEqualTo(Placeholder.UNREADABLE_PDF);
        assertThat(page.reason()).isEqualTo("page 3 could not be drawn: the PDF cannot be read (not-pdf)");
        assertThat(List.of(image(page).getWidth(), image(page).getHeight())).isEqualTo(A4);
    }

    @Test
    void placeholdersForPassingCausesLeaveTheCacheSoonOthersStay() {
        AtomicLong nanos = new AtomicLong();
        RenderedPages pages = new RenderedPages(1 << 20, nanos::get);
        RenderedPages.Key slow = new RenderedPages.Key("doc", "v1", 3, 0);
        RenderedPages.Key large = new RenderedPages.Key("doc", "v1", 4, 0);
        AtomicInteger renders = new AtomicInteger();
        Supplier<PageImage> timedOut = () -> {
            renders.incrementAndGet();
            return new PageImage(new byte[] {1}, Placeholder.RENDER_TIMEOUT, "slow");
        };
        Supplier<PageImage> tooLarge = () -> {
            renders.incrementAndGet();
            return new PageImage(new byte[] {2}, Placeholder.IMAGE_TOO_LARGE, "large");
        };

        pages.get(slow, timedOut);
        pages.get(large, tooLarge);
        nanos.addAndGet(RenderedPages.TRANSIENT_PLACEHOLDER_LIFETIME.minusSeconds(1).toNanos());
        pages.get(slow, timedOut);
        assertThat(renders).hasValue(2);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        pages.get(slow, timedOut);
        pages.get(large, tooLarge);
        assertThat(renders).as("the timed-out page drawn again, the one with a refused image not").hasValue(3);
    }

    private BufferedImage png(int page, List<PageBox> boxes) throws IOException {
        PageImage rendered = renderer.render(CORPUS_PDF, page, boxes);
        assertThat(rendered.placeholder()).isNull();
        return image(rendered);
    }

    private static BufferedImage image(PageImage page) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(page.png()));
    }

    private static long darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        long count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                count += ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 100 ? 1 : 0;
            }
        }
        return count;
    }

    /** Whether an outline pixel lies within 4 pixels of (x, y): the stroke is drawn around the padded box. */
    private static boolean outlineNear(BufferedImage image, double x, double y) {
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                if (isOutline(image.getRGB((int) x + dx, (int) y + dy))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isOutline(int rgb) {
        return (rgb & 0xFFFFFF) == (PageRenderer.OUTLINE.getRGB() & 0xFFFFFF);
    }

    private static long countOutlinePixels(BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += isOutline(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return count;
    }
}
