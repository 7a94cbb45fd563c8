package io.ledgerlint.parse.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds the unusual PDFs the tests need, with PDFBox itself. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A page of Latin text, saved with an owner and a user password (empty user password: opens without one). */
    public static Path encrypted(Path target, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, "Final accounts of the department, page one. ".repeat(8));
            AccessPermission permissions = new AccessPermission();
            permissions.setCanPrint(false);
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(target.toFile());
        }
        return target;
    }

    /** Pages that show only an image, as a scanner makes them. */
    public static Path scanned(Path target, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            BufferedImage picture = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 20, 20, 500, 700);
                }
            }
            document.save(target.toFile());
        }
        return target;
    }

    /** A copy of {@code source} whose fonts lost their ToUnicode maps: glyphs still draw, but read as nothing. */
    public static Path withoutUnicodeMaps(Path source, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    font.getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            document.save(target.toFile());
        }
        return target;
    }

    private static void addTextPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            content.newLineAtOffset(40, 700);
            for (String line : text.split("(?<=\\. )")) {
                content.showText(line);
                content.newLineAtOffset(0, -14);
            }
            content.endText();
        }
    }
}
