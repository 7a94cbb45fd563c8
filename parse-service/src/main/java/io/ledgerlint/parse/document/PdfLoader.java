package io.ledgerlint.parse.document;

import io.ledgerlint.domain.pdf.PageTreeDepth;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF file defensively: checks the cheap things (size, header, end marker) before PDFBox parses anything,
 * bounds PDFBox's memory, and turns every way of failing into an {@link UnusableDocumentException}.
 */
public final class PdfLoader {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** The PDF spec allows junk before the header; readers look for it within the first KiB. */
    private static final int HEADER_WINDOW = 1024;
    /** ... and for the end marker within the last KiB. */
    private static final int END_WINDOW = 1024;

    /**
     * Deeper than any page tree a producer writes (they balance thousands of pages within a few levels), and shallow
     * enough for PDFBox's recursive walks of it on any thread's stack. Ingest screens with the same limit.
     */
    static final int MAX_PAGE_TREE_DEPTH = PageTreeDepth.DEFAULT_LIMIT;

    /** Decoded content may be this many times the file size before PDFBox gives up. */
    private static final long DECODED_TO_FILE_RATIO = 8;

    private final ParseLimits limits;

    public PdfLoader(ParseLimits limits) {
        this.limits = limits;
    }

    /** The caller closes the returned document. */
    public PDDocument open(Path file) throws IOException, UnusableDocumentException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UnusableDocumentException(ErrorCode.EMPTY_FILE, "the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new UnusableDocumentException(ErrorCode.TOO_LARGE,
                    "the file has " + size + " bytes, more than the limit of " + limits.maxFileBytes());
        }
        if (!contains(readHead(file), HEADER)) {
            throw new UnusableDocumentException(ErrorCode.NOT_PDF, "the file does not start with %PDF-");
        }
        // PDFBox's lenient parser would silently rebuild a cut-off file from what is left, dropping pages.
        if (!contains(readTail(file, size), END_MARKER)) {
            throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF,
                    "the file is truncated: no %%EOF marker at its end");
        }
        PDDocument document = load(file);
        try {
            int pages = countPages(document);
            if (pages > limits.maxPages()) {
                throw new UnusableDocumentException(ErrorCode.TOO_MANY_PAGES,
                        "the document has " + pages + " pages, more than the limit of " + limits.maxPages());
            }
            if (pages == 0) {
                throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF, "the document has no pages");
            }
            return document;
        } catch (UnusableDocumentException e) {
            document.close();
            throw e;
        }
    }

    /**
     * Counts the pages by walking the page tree, as the page reader will, instead of trusting the root's /Count: a
     * damaged or hostile tree lists more pages than /Count says (the same page a thousand times, say), and only the
     * walk bounds the work that follows. PDFBox walks the tree recursively, so its depth is checked first.
     */
    private static int countPages(PDDocument document) throws UnusableDocumentException {
        try {
            PDPageTree tree = document.getPages();
            if (PageTreeDepth.exceeds(tree.getCOSObject(), MAX_PAGE_TREE_DEPTH)) {
                throw new UnusableDocumentException(ErrorCode.TOO_DEEP,
                        "the page tree is more than " + MAX_PAGE_TREE_DEPTH + " levels deep");
            }
            int pages = 0;
            for (Iterator<PDPage> walk = tree.iterator(); walk.hasNext(); walk.next()) {
                pages++;
            }
            return pages;
        } catch (RuntimeException e) {
            throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF,
                    "the page tree cannot be read: " + e.getMessage(), e);
        }
    }

    private PDDocument load(Path file) throws UnusableDocumentException {
        // Decoded streams beyond the heap budget spill to temporary files, themselves bounded so that a
        // decompression bomb cannot fill the disk either.
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(
                limits.maxMainMemoryBytes(), limits.maxFileBytes() * DECODED_TO_FILE_RATIO);
        try {
            // Reads through a RandomAccessReadBufferedFile (the file is not loaded whole) and closes it on failure.
            // The empty password opens files encrypted only to restrict printing or copying: their text is
            // still readable, so they are parsed like any other document.
            return Loader.loadPDF(file.toFile(), "", memory.streamCache);
        } catch (InvalidPasswordException e) {
            throw new UnusableDocumentException(ErrorCode.ENCRYPTED_PDF, "the document is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF, "PDFBox cannot read the file: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // Repairing a damaged file, PDFBox follows the objects it finds recursively.
            throw new UnusableDocumentException(ErrorCode.TOO_DEEP,
                    "the file's objects are nested too deeply to read", e);
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_WINDOW);
        }
    }

    private static byte[] readTail(Path file, long size) throws IOException {
        int length = (int) Math.min(size, END_WINDOW);
        byte[] tail = new byte[length];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(size - length);
            raf.readFully(tail);
        }
        return tail;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
