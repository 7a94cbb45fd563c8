package io.ledgerlint.report.browser;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where a text is printed on a page: the box ({@code [x0, y0, x1, y1]}, points, origin top-left) of its first line hit. */
final class PrintedText {

    private PrintedText() {
    }

    static double[] boxOf(Path pdf, int page, String text) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Finder finder = new Finder(text);
            finder.setStartPage(page);
            finder.setEndPage(page);
            finder.writeText(document, new StringWriter());
            if (finder.box == null) {
                throw new IllegalArgumentException("\"" + text + "\" is not printed on page " + page);
            }
            return finder.box;
        }
    }

    private static final class Finder extends PDFTextStripper {
        private final String wanted;
        private double[] box;

        Finder(String wanted) {
            this.wanted = wanted;
        }

        @Override
        protected void writeString(String line, List<TextPosition> positions) {
            int at = line.indexOf(wanted);
            if (box != null || at < 0 || positions.size() != line.length()) {
                return;
            }
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = 0, y1 = 0;
            for (TextPosition glyph : positions.subList(at, at + wanted.length())) {
                x0 = Math.min(x0, glyph.getXDirAdj());
                y0 = Math.min(y0, glyph.getYDirAdj() - glyph.getHeightDir());
                x1 = Math.max(x1, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                y1 = Math.max(y1, glyph.getYDirAdj());
            }
            box = new double[] {x0, y0, x1, y1};
        }
    }
}
