package io.ledgerlint.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * PDFs made to drive a reader's recursion into a stack overflow. Deep page trees are written byte by byte, since
 * PDFBox builds balanced trees only; object 1 is the catalog, object 2 the root of the page tree.
 */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /**
     * A valid PDF 1.5 of one page under {@code depth} {@code /Pages} nodes, each the only kid of the one before. The
     * objects sit in a compressed object stream indexed by a compressed cross-reference stream, so that 50,000 levels
     * take some 600 KiB.
     */
    public static Path deepPageTree(Path target, int depth) throws IOException {
        return writeWithObjectStreams(target, pageTreeChain(depth));
    }

    /**
     * The same page tree as plain objects without a cross-reference table: PDFBox rebuilds one by scanning the file
     * and then checks the page tree recursively while loading it, before its caller can look at anything.
     */
    public static Path deepPageTreeWithoutXref(Path target, int depth) throws IOException {
        List<String> objects = pageTreeChain(depth);
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        pdf.append("trailer\n<< /Root 1 0 R >>\n%%EOF\n");
        return Files.writeString(target, pdf, StandardCharsets.US_ASCII);
    }

    /**
     * A shallow page tree (the root and its one page) whose page names as its {@code /Parent} a chain of
     * {@code depth} {@code /Pages} nodes outside the tree, which a reader climbs to find inherited attributes.
     */
    public static Path deepParentChain(Path target, int depth) throws IOException {
        List<String> objects = new ArrayList<>(depth + 3);
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] >>");
        for (int node = 4; node < depth + 4; node++) {
            String parent = node == depth + 3 ? "" : " /Parent " + (node + 1) + " 0 R";
            objects.add("<< /Type /Pages" + parent + " >>");
        }
        return writeWithObjectStreams(target, objects);
    }

    /** A one-page PDF whose content stream opens {@code depth} arrays, one inside the other. */
    public static Path deeplyNestedContent(Path target, int depth) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            byte[] content = ("[".repeat(depth) + "]".repeat(depth) + " pop\n").getBytes(StandardCharsets.US_ASCII);
            page.setContents(new PDStream(document, new ByteArrayInputStream(content)));
            document.addPage(page);
            document.save(target.toFile());
        }
        return target;
    }

    /** Catalog, {@code depth} nested {@code /Pages} nodes (objects 2 … depth+1), then the page. */
    private static List<String> pageTreeChain(int depth) {
        List<String> objects = new ArrayList<>(depth + 2);
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int node = 2; node <= depth + 1; node++) {
            String parent = node == 2 ? "" : " /Parent " + (node - 1) + " 0 R";
            objects.add("<< /Type /Pages /Kids [" + (node + 1) + " 0 R] /Count 1" + parent + " >>");
        }
        objects.add("<< /Type /Page /Parent " + (depth + 1) + " 0 R /MediaBox [0 0 595 842] >>");
        return objects;
    }

    /** {@code objects} numbered from 1 in one object stream, indexed by a cross-reference stream. */
    private static Path writeWithObjectStreams(Path target, List<String> objects) throws IOException {
        // An object stream starts with pairs "number offset", offsets counted from the first object, /First bytes in.
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        ByteArrayOutputStream bodies = new ByteArrayOutputStream();
        for (int i = 0; i < objects.size(); i++) {
            index.writeBytes(ascii((i + 1) + " " + bodies.size() + " "));
            bodies.writeBytes(ascii(objects.get(i) + "\n"));
        }
        ByteArrayOutputStream objectStream = new ByteArrayOutputStream();
        objectStream.writeBytes(index.toByteArray());
        objectStream.writeBytes(bodies.toByteArray());
        int objectStreamNumber = objects.size() + 1;
        int xrefStreamNumber = objects.size() + 2;

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.5\n"));
        int objectStreamOffset = pdf.size();
        writeStream(pdf, objectStreamNumber, "/Type /ObjStm /N " + objects.size() + " /First " + index.size(),
                deflate(objectStream.toByteArray()));

        // Entries of 1 + 4 + 4 bytes: type 0 (free), 1 (at an offset) or 2 (in an object stream, at an index).
        int xrefStreamOffset = pdf.size();
        ByteBuffer xref = ByteBuffer.allocate((xrefStreamNumber + 1) * 9);
        xref.put((byte) 0).putInt(0).putInt(65535);
        for (int i = 0; i < objects.size(); i++) {
            xref.put((byte) 2).putInt(objectStreamNumber).putInt(i);
        }
        xref.put((byte) 1).putInt(objectStreamOffset).putInt(0);
        xref.put((byte) 1).putInt(xrefStreamOffset).putInt(0);
        writeStream(pdf, xrefStreamNumber, "/Type /XRef /Size " + (xrefStreamNumber + 1) + " /W [1 4 4] /Root 1 0 R",
                deflate(xref.array()));
        pdf.writeBytes(ascii("startxref\n" + xrefStreamOffset + "\n%%EOF\n"));
        return Files.write(target, pdf.toByteArray());
    }

    private static void writeStream(ByteArrayOutputStream pdf, int number, String dictionary, byte[] data) {
        pdf.writeBytes(ascii(number + " 0 obj\n<< " + dictionary + " /Filter /FlateDecode /Length " + data.length
                + " >>\nstream\n"));
        pdf.writeBytes(data);
        pdf.writeBytes(ascii("\nendstream\nendobj\n"));
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
