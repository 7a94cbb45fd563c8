package io.ledgerlint.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Small PDFs that cost a reader far more than their size, made with PDFBox: the shapes a reviewer found stopping the
 * pipeline. Random content is seeded, so each is the same every run; every stream is compressed, so each is kilobytes
 * (a few megabytes at most) on disk.
 */
public final class HostileDocuments {

    private static final COSName FONT = COSName.getPDFName("F1");
    private static final COSName FORM = COSName.getPDFName("X");
    private static final COSName IMAGE = COSName.getPDFName("Im1");
    /** Lines that make a page read as text (a text layer has at least a hundred characters). */
    private static final String TEXT = "BT /F1 10 Tf 40 750 Td 14 TL (Final accounts of the department) Tj"
            + " (Income and expenditure of the year, with the budget and its execution.) '"
            + " (Basic expenditure, project expenditure and the totals of every class.) ' ET\n";

    private HostileDocuments() {
    }

    /** A page that draws a form that draws the next level {@code fanOut} times, {@code levels} deep. */
    public static Path nestedForms(Path target, int levels, int fanOut) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFormXObject below = form(document, fontResources(), "BT /F1 8 Tf 0 0 Td (lol) Tj ET\n");
            for (int level = 1; level < levels; level++) {
                PDResources resources = new PDResources();
                resources.put(FORM, below);
                below = form(document, resources, "/X Do\n".repeat(fanOut));
            }
            PDResources resources = fontResources();
            resources.put(FORM, below);
            page(document, resources, TEXT + "/X Do\n");
            document.save(target.toFile());
        }
        return target;
    }

    /** A page of text in a font whose {@code /Widths} has {@code entries} entries. */
    public static Path fontWithWidths(Path target, int entries) throws IOException {
        try (PDDocument document = new PDDocument()) {
            COSDictionary font = standardFont();
            COSArray widths = new COSArray();
            for (int i = 0; i < entries; i++) {
                widths.add(COSInteger.get(250));
            }
            font.setInt(COSName.FIRST_CHAR, 0);
            font.setInt(COSName.LAST_CHAR, entries - 1);
            font.setItem(COSName.WIDTHS, widths);
            page(document, resources(font), TEXT);
            document.save(target.toFile());
        }
        return target;
    }

    /** A page of text in a font whose {@code /ToUnicode} CMap has {@code ranges} ranges, a hundred to a section. */
    public static Path fontWithCMapRanges(Path target, int ranges) throws IOException {
        try (PDDocument document = new PDDocument()) {
            StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                    + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
            for (int i = 0; i < ranges; i++) {
                if (i % 100 == 0) {
                    cmap.append(Math.min(100, ranges - i)).append(" beginbfrange\n");
                }
                int code = i % 0x10000;
                cmap.append(String.format(Locale.ROOT, "<%04X> <%04X> <%04X>%n", code, code, 0x4E00 + code % 0x5000));
                if (i % 100 == 99 || i == ranges - 1) {
                    cmap.append("endbfrange\n");
                }
            }
            cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
            COSDictionary font = standardFont();
            font.setItem(COSName.TO_UNICODE, stream(document, cmap.toString()));
            page(document, resources(font), TEXT);
            document.save(target.toFile());
        }
        return target;
    }

    /** A page of {@code count} separate stroked line segments at random places. */
    public static Path lineSegments(Path target, int count, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder content = new StringBuilder(TEXT);
        for (int i = 0; i < count; i++) {
            float x = random.nextInt(5000) / 10f;
            float y = random.nextInt(7000) / 10f;
            content.append(String.format(Locale.ROOT, "%.1f %.1f m %.1f %.1f l S%n", x, y,
                    x + 1 + random.nextInt(500) / 10f, y));
        }
        try (PDDocument document = new PDDocument()) {
            page(document, fontResources(), content.toString());
            document.save(target.toFile());
        }
        return target;
    }

    /** A page of {@code count} glyphs in lines of a hundred, random letters in tiny type. */
    public static Path glyphs(Path target, int count, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder content = new StringBuilder("BT /F1 0.7 Tf 0.75 TL 10 800 Td\n");
        for (int line = 0; line * 100 < count; line++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < Math.min(100, count - line * 100); i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            content.append('(').append(text).append(") '\n");
        }
        content.append("ET\n");
        try (PDDocument document = new PDDocument()) {
            page(document, fontResources(), content.toString());
            document.save(target.toFile());
        }
        return target;
    }

    /** {@code count} pages of the same few lines of text. */
    public static Path textPages(Path target, int count) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDResources resources = fontResources();
            for (int i = 0; i < count; i++) {
                page(document, resources, TEXT);
            }
            document.save(target.toFile());
        }
        return target;
    }

    /**
     * One ruled table over {@code pages} pages of {@code rowsPerPage} rows each, the cells of row {@code r} (from 0)
     * being {@code cells.apply(r)}, in columns of equal width; every page's grid fills it to the bottom margin, so that
     * each continues the table before.
     */
    public static Path ruledTable(Path target, int pages, int rowsPerPage, IntFunction<List<String>> cells)
            throws IOException {
        int columnCount = cells.apply(0).size();
        float left = 40;
        float right = 555;
        float top = 800;
        float rowHeight = (top - 40) / rowsPerPage;
        float columnWidth = (right - left) / columnCount;
        try (PDDocument document = new PDDocument()) {
            PDResources resources = fontResources();
            for (int p = 0; p < pages; p++) {
                StringBuilder content = new StringBuilder("0.5 w\n");
                for (int r = 0; r <= rowsPerPage; r++) {
                    float y = top - r * rowHeight;
                    content.append(String.format(Locale.ROOT, "%.2f %.2f m %.2f %.2f l S%n", left, y, right, y));
                }
                for (int c = 0; c <= columnCount; c++) {
                    float x = left + c * columnWidth;
                    content.append(String.format(Locale.ROOT, "%.2f %.2f m %.2f %.2f l S%n", x, top, x,
                            top - rowsPerPage * rowHeight));
                }
                content.append("BT /F1 7 Tf\n");
                for (int r = 0; r < rowsPerPage; r++) {
                    float baseline = top - (r + 1) * rowHeight + rowHeight / 4;
                    List<String> row = cells.apply(p * rowsPerPage + r);
                    for (int c = 0; c < row.size(); c++) {
                        content.append(String.format(Locale.ROOT, "1 0 0 1 %.2f %.2f Tm (%s) Tj%n",
                                left + c * columnWidth + 3, baseline, row.get(c)));
                    }
                }
                content.append("ET\n");
                page(document, resources, content.toString());
            }
            document.save(target.toFile());
        }
        return target;
    }

    /** A page of text that also draws an image XObject declaring {@code width}×{@code height} grey pixels. */
    public static Path hugeImage(Path target, int width, int height) throws IOException {
        try (PDDocument document = new PDDocument()) {
            COSStream image = stream(document, "\0".repeat(1024));
            image.setItem(COSName.TYPE, COSName.XOBJECT);
            image.setItem(COSName.SUBTYPE, COSName.IMAGE);
            image.setInt(COSName.WIDTH, width);
            image.setInt(COSName.HEIGHT, height);
            image.setInt(COSName.BITS_PER_COMPONENT, 8);
            image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            PDResources resources = fontResources();
            resources.getCOSObject().setItem(COSName.XOBJECT, dictionary(IMAGE, image));
            page(document, resources, TEXT + "q 400 0 0 400 50 50 cm /Im1 Do Q\n");
            document.save(target.toFile());
        }
        return target;
    }

    private static PDFormXObject form(PDDocument document, PDResources resources, String content)
            throws IOException {
        PDFormXObject form = new PDFormXObject(stream(document, content));
        form.setBBox(new PDRectangle(200, 200));
        form.setResources(resources);
        return form;
    }

    private static void page(PDDocument document, PDResources resources, String content) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        page.setResources(resources);
        page.getCOSObject().setItem(COSName.CONTENTS, stream(document, content));
        document.addPage(page);
    }

    /** A Flate-compressed stream of {@code content}. */
    private static COSStream stream(PDDocument document, String content) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return stream;
    }

    private static PDResources fontResources() {
        return resources(new PDType1Font(Standard14Fonts.FontName.HELVETICA).getCOSObject());
    }

    private static PDResources resources(COSDictionary font) {
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.FONT, dictionary(FONT, font));
        return resources;
    }

    private static COSDictionary standardFont() {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, "Helvetica");
        return font;
    }

    private static COSDictionary dictionary(COSName key, org.apache.pdfbox.cos.COSBase value) {
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(key, value);
        return dictionary;
    }
}
