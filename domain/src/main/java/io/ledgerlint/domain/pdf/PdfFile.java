package io.ledgerlint.domain.pdf;

import io.ledgerlint.contracts.events.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens an untrusted PDF file as every stage that reads one does (ingest screens with it, parse reads with it), so
 * that a file one stage accepts the next one accepts too. It checks the cheap things before PDFBox parses anything,
 * then that PDFBox can load the file, then the page tree, and turns every way the input can fail into an
 * {@link UnusableDocumentException} with its {@link ErrorCode}.
 *
 * <p>The end marker is required because PDFBox is lenient: it rebuilds a missing cross-reference table by scanning
 * the file, so a file cut short may still "load" with pages missing, and such a file has lost its final
 * {@code %%EOF}.
 */
public final class PdfFile {

    /** parse-service's default page limit, and ingest's: a tree that lists more (or one page thousands of times). */
    public static final int DEFAULT_MAX_PAGES = 2000;

    /** Readers accept the header and the end marker anywhere within this many bytes of the file's start and end. */
    private static final int TOLERANCE = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final String END_MARKER = "%%EOF";

    private PdfFile() {
    }

    /**
     * The caller closes the returned document.
     *
     * @param maxPages    more pages than this, counted as the page tree lists them, are {@code too-many-pages}
     * @param streamCache where PDFBox keeps decoded streams: the caller's memory budget
     * @throws UnusableDocumentException {@code not-pdf}, {@code unreadable-pdf}, {@code encrypted-pdf},
     *                                   {@code too-deep} or {@code too-many-pages}
     * @throws IOException               the file cannot be read at all (a fault of the machine, not of the input)
     */
    public static PDDocument open(Path file, int maxPages, StreamCacheCreateFunction streamCache)
            throws IOException, UnusableDocumentException {
        if (!hasPdfHeader(file)) {
            throw new UnusableDocumentException(ErrorCode.NOT_PDF, "the file does not start with %PDF-");
        }
        if (!hasEndMarker(file)) {
            throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF,
                    "the file is truncated: no %%EOF marker at its end");
        }
        PDDocument document = load(file, streamCache);
        try {
            checkPages(document, maxPages);
            return document;
        } catch (UnusableDocumentException e) {
            document.close();
            throw e;
        }
    }

    private static PDDocument load(Path file, StreamCacheCreateFunction streamCache)
            throws IOException, UnusableDocumentException {
        // Closed here unless loading succeeds (then the document closes it): Loader closes it only when parsing ends
        // in an IOException.
        RandomAccessRead source = new RandomAccessReadBufferedFile(file.toFile());
        boolean loaded = false;
        try {
            // The empty password opens files encrypted only to restrict printing or copying: their text is still
            // readable, so they are read like any other document.
            PDDocument document = Loader.loadPDF(source, "", null, null, streamCache);
            loaded = true;
            return document;
        } catch (InvalidPasswordException e) {
            throw new UnusableDocumentException(ErrorCode.ENCRYPTED_PDF, "the document is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF,
                    "PDFBox cannot read the file: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // Repairing a damaged file, PDFBox follows the objects it finds recursively.
            throw new UnusableDocumentException(ErrorCode.TOO_DEEP, "the file's objects are nested too deeply to read",
                    e);
        } finally {
            if (!loaded) {
                source.close();
            }
        }
    }

    /**
     * Counts the pages by walking the page tree, as every reader will, instead of trusting the root's /Count: a
     * damaged or hostile tree lists more pages than /Count says (the same page a thousand times, say), and only the
     * walk bounds the work that follows. PDFBox walks the tree recursively, so its depth is checked first.
     */
    private static void checkPages(PDDocument document, int maxPages) throws UnusableDocumentException {
        int pages = 0;
        try {
            PDPageTree tree = document.getPages();
            if (PageTreeDepth.exceeds(tree.getCOSObject(), PageTreeDepth.DEFAULT_LIMIT)) {
                throw new UnusableDocumentException(ErrorCode.TOO_DEEP,
                        "the page tree is more than " + PageTreeDepth.DEFAULT_LIMIT + " levels deep");
            }
            for (Iterator<PDPage> walk = tree.iterator(); walk.hasNext(); walk.next()) {
                pages++;
            }
        } catch (RuntimeException e) {
            throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF,
                    "the page tree cannot be read: " + e.getMessage(), e);
        }
        if (pages > maxPages) {
            throw new UnusableDocumentException(ErrorCode.TOO_MANY_PAGES,
                    "the document has " + pages + " pages, more than the limit of " + maxPages);
        }
        if (pages == 0) {
            throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF, "the document has no pages");
        }
    }

    /** {@code %PDF-} after nothing but white space or byte-order-mark bytes, within the first KiB. */
    private static boolean hasPdfHeader(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TOLERANCE);
        }
        int start = 0;
        while (start < head.length && isLeadingFiller(head[start])) {
            start++;
        }
        if (head.length - start < HEADER.length) {
            return false;
        }
        for (int i = 0; i < HEADER.length; i++) {
            if (head[start + i] != HEADER[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLeadingFiller(byte b) {
        return switch (b) {
            // PDF white-space characters (NUL, HT, LF, FF, CR, SP) and the bytes of UTF-8/UTF-16 byte order marks
            case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFE, (byte) 0xFF ->
                    true;
            default -> false;
        };
    }

    private static boolean hasEndMarker(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] tail = new byte[(int) Math.min(in.length(), TOLERANCE)];
            in.seek(in.length() - tail.length);
            in.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains(END_MARKER);
        }
    }
}
