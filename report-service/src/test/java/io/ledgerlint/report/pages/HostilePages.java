package io.ledgerlint.report.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Small PDFs, made by the tests, whose pages cost a renderer far more than their bytes suggest. */
public final class HostilePages {

    /** Where the oversized image is drawn on its A4 page, in points from the bottom left (PDF space). */
    public static final PDRectangle OVERSIZED_IMAGE_AREA = new PDRectangle(100, 300, 300, 200);
    public static final int DECLARED_SIDE = 65535;

    private HostilePages() {
    }

    /**
     * Page 1 draws an image XObject declaring 65535 × 65535 grey pixels whose stream is one byte, Flate-encoded (a
     * decoder would allocate 4 GiB for it); page 2 is plain text. A few kilobytes.
     */
    public static Path withOversizedImage(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            COSStream stream = document.getDocument().createCOSStream();
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
            stream.setInt(COSName.WIDTH, DECLARED_SIDE);
            stream.setInt(COSName.HEIGHT, DECLARED_SIDE);
            stream.setInt(COSName.BITS_PER_COMPONENT, 8);
            stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(0);
            }
            PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
            PDPage imagePage = textPage(document, "A page with an image");
            try (PDPageContentStream content = new PDPageContentStream(document, imagePage,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content.drawImage(image, OVERSIZED_IMAGE_AREA.getLowerLeftX(), OVERSIZED_IMAGE_AREA.getLowerLeftY(),
                        OVERSIZED_IMAGE_AREA.getWidth(), OVERSIZED_IMAGE_AREA.getHeight());
            }
            textPage(document, "A plain page");
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * One A4 page filled {@code fills} times over in alternating colours: a few kilobytes (the repeated content
     * compresses), about a millisecond of drawing per fill.
     */
    public static Path withSlowPage(Path file, int fills) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < fills; i++) {
                    float shade = i % 2 == 0 ? 0.2f : 0.8f;
                    content.setNonStrokingColor(shade, shade, shade);
                    content.addRect(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    content.fill();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** One page of {@code side} × {@code side} points (PDF allows 14400) with a line of text. */
    public static Path withHugePage(Path file, float side) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(side, side));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(0, 0, side / 2, side / 2);
                content.fill();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * An A4 page filled with a tiling pattern whose cell is filled with the pattern itself: PDFBox follows it until
     * its stack overflows. Written as PDF text, as PDFBox would not write the loop.
     */
    public static Path withSelfReferencingPattern(Path file) throws IOException {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Pattern << /P 5 0 R >> >> >>",
                stream("", "/Pattern cs /P scn 0 0 595 842 re f"),
                stream("/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 10 10] /XStep 10"
                        + " /YStep 10 /Resources << /Pattern << /P 5 0 R >> >> ", "/Pattern cs /P scn 0 0 5 5 re f"));
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        Files.writeString(file, pdf, StandardCharsets.US_ASCII);
        return file;
    }

    private static String stream(String dictionary, String content) {
        return "<< " + dictionary + "/Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    private static PDPage textPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
            content.newLineAtOffset(72, 760);
            content.showText(text);
            content.endText();
        }
        return page;
    }
}
