package io.ledgerlint.parse.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** The single-pass reader on PDFs drawn here: which paths become rulings, where glyphs land, rotated pages. */
class ContentCollectorTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final double A4_HEIGHT = PDRectangle.A4.getHeight();

    @Test
    void strokedLinesAndThinFilledRectanglesAreRulingsButShadingAndCurvesAreNot() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.moveTo(100, 700);
                content.lineTo(300, 700);
                content.stroke();
                content.addRect(100, 600, 0.5f, 100); // a border drawn as a thin filled rectangle
                content.fill();
                content.addRect(150, 620, 100, 50); // shading
                content.fill();
                content.moveTo(100, 500);
                content.curveTo(150, 550, 200, 550, 250, 500);
                content.stroke();
                content.addRect(350, 400, 100, 50); // a stroked rectangle: four edges
                content.stroke();
            }
            PageGeometry geometry = new ContentCollector().collect(document).get(0);

            List<Ruling> rulings = geometry.rulings();
            assertThat(rulings).hasSize(6);
            assertThat(rulings).anySatisfy(r -> {
                assertThat(r.horizontal()).isTrue();
                assertThat(r.position()).isCloseTo(A4_HEIGHT - 700, within(0.01));
                assertThat(r.start()).isCloseTo(100, within(0.01));
                assertThat(r.end()).isCloseTo(300, within(0.01));
            });
            assertThat(rulings).anySatisfy(r -> {
                assertThat(r.horizontal()).isFalse();
                assertThat(r.position()).isCloseTo(100.25, within(0.01));
                assertThat(r.start()).isCloseTo(A4_HEIGHT - 700, within(0.01));
                assertThat(r.end()).isCloseTo(A4_HEIGHT - 600, within(0.01));
            });
            assertThat(rulings.stream().filter(r -> !r.horizontal() && r.position() > 349)).hasSize(2);
            assertThat(rulings).noneSatisfy(r -> assertThat(r.position()).isBetween(A4_HEIGHT - 551, A4_HEIGHT - 499));
        }
    }

    @Test
    void glyphsSitOnTheirBaselineAndAFakeBoldRepaintIsKeptOnce() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (float offset : new float[] {0, 0.2f}) {
                    content.beginText();
                    content.setFont(HELVETICA, 10);
                    content.newLineAtOffset(120 + offset, 650);
                    content.showText("AB");
                    content.endText();
                }
            }
            List<Glyph> glyphs = new ContentCollector().collect(document).get(0).glyphs();

            assertThat(glyphs).extracting(Glyph::text).containsExactly("A", "B");
            Glyph a = glyphs.get(0);
            assertThat(a.x0()).isCloseTo(120, within(0.01));
            assertThat(a.baseline()).isCloseTo(A4_HEIGHT - 650, within(0.01));
            assertThat(a.top()).isLessThan(a.baseline());
            assertThat(glyphs.get(1).x0()).isCloseTo(a.x1(), within(0.01));
        }
    }

    @Test
    void aRotatedPageIsReadAsDisplayedWithGlyphsAndRulingsInTheSameFrame() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(90);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // upright on the displayed (landscape) page: text runs up the portrait page
                content.beginText();
                content.setFont(HELVETICA, 10);
                content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 100, 200));
                content.showText("X");
                content.endText();
                content.moveTo(105, 150); // displayed as a horizontal rule just below the text's baseline
                content.lineTo(105, 400);
                content.stroke();
            }
            PageGeometry geometry = new ContentCollector().collect(document).get(0);

            assertThat(geometry.width()).isCloseTo(A4_HEIGHT, within(0.01));
            Glyph x = geometry.glyphs().get(0);
            assertThat(x.x0()).isCloseTo(200, within(0.01));
            assertThat(x.baseline()).isCloseTo(100, within(0.01));
            Ruling rule = geometry.rulings().get(0);
            assertThat(rule.horizontal()).isTrue();
            assertThat(rule.position()).isCloseTo(105, within(0.01));
            assertThat(rule.start()).isCloseTo(150, within(0.01));
            assertThat(rule.end()).isCloseTo(400, within(0.01));
        }
    }
}
