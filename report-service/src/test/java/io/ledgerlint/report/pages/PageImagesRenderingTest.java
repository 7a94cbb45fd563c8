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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PageImagesRenderingTest {

    private static final Path CORPUS_PDF = CorpusDocuments.pdf("doc-000");

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
        PageRenderer renderer = new PageRenderer(100);
        PageBox box = new PageBox(100, 100, 300, 150);

        BufferedImage outlined = png(renderer, 12, List.of(box));
        BufferedImage plain = png(renderer, 12, List.of());

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
        PageRenderer renderer = new PageRenderer(100);

        assertThatThrownBy(() -> png(renderer, 41, List.of())).isInstanceOf(PageRenderer.NoSuchPage.class)
                .hasMessageContaining("1..40");
    }

    @Test
    void theCacheRendersEachKeyOnce() {
        RenderedPages pages = new RenderedPages(1024);
        AtomicInteger renders = new AtomicInteger();
        RenderedPages.Key key = new RenderedPages.Key("doc", "v1", 3, 0);

        pages.get(key, () -> new byte[] {(byte) renders.incrementAndGet()});
        byte[] again = pages.get(key, () -> new byte[] {(byte) renders.incrementAndGet()});

        assertThat(again).containsExactly(1);
        assertThat(renders).hasValue(1);
    }

    private static BufferedImage png(PageRenderer renderer, int page, List<PageBox> boxes) throws IOException {
        try (InputStream pdf = Files.newInputStream(CORPUS_PDF)) {
            return ImageIO.read(new ByteArrayInputStream(renderer.render(pdf, page, boxes)));
        }
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
