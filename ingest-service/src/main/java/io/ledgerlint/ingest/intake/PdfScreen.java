package io.ledgerlint.ingest.intake;

import io.ledgerlint.domain.pdf.PageTreeDepth;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides whether a non-empty file is a PDF that later stages can read. PDFBox is lenient: it rebuilds a missing
 * cross-reference table by scanning the file, so a truncated file may still "load" while pages are missing. A file
 * cut short has lost its final {@code %%EOF} marker, which is why that marker is required here as well.
 *
 * <p>PDFBox reads on {@link ScreeningThreads}: it recurses over the file's structure, and a hostile file can make
 * that recursion overflow any stack, even while loading (PDFBox checks a rebuilt page tree recursively).
 */
final class PdfScreen {

    /**
     * Deeper than any page tree a producer writes (they balance trees of thousands of pages within a few levels),
     * and shallow enough for PDFBox's recursive walks of the tree here and in parse-service.
     */
    static final int MAX_PAGE_TREE_DEPTH = PageTreeDepth.DEFAULT_LIMIT;
    /** parse-service's default page limit: a page tree that lists more (or one page thousands of times) is refused. */
    static final int MAX_PAGES = 2000;

    /** Readers accept the header and the end marker anywhere within this many bytes of the file's start and end. */
    private static final int TOLERANCE = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final String END_MARKER = "%%EOF";

    private PdfScreen() {
    }

    static Optional<Problem> check(Path file) throws IOException {
        if (!hasPdfHeader(file)) {
            return Optional.of(new Problem(RejectionCode.NOT_PDF,
                    "The file is not a PDF (it does not start with %PDF-). 文件不是PDF格式。"));
        }
        if (!hasEndMarker(file)) {
            return unreadable("the file is truncated: its %%EOF end marker is missing");
        }
        return ScreeningThreads.run(() -> readWithPdfBox(file));
    }

    private static Optional<Problem> readWithPdfBox(Path file) throws IOException {
        // Closed here and not left to Loader, which closes the file only when parsing ends in an IOException.
        // Temp-file stream cache: a 100 MiB document must not need 100 MiB of heap.
        try (RandomAccessRead source = new RandomAccessReadBufferedFile(file.toFile());
                PDDocument document = Loader.loadPDF(source, null, null, null,
                        IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
                return unreadable("the document has no pages");
            }
            if (PageTreeDepth.exceeds(document.getPages().getCOSObject(), MAX_PAGE_TREE_DEPTH)) {
                return Optional.of(Problem.tooDeep("its page tree is more than " + MAX_PAGE_TREE_DEPTH
                        + " levels deep"));
            }
            int pageNumber = 0;
            // a tree may list one page object many times: its content is parsed once
            Set<COSDictionary> screened = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : document.getPages()) {
                pageNumber++;
                if (pageNumber > MAX_PAGES) {
                    return Optional.of(Problem.tooManyPages(MAX_PAGES));
                }
                if (!screened.add(page.getCOSObject())) {
                    continue;
                }
                try {
                    new PDFStreamParser(page).parse();
                } catch (IOException | RuntimeException e) {
                    return unreadable("page " + pageNumber + " cannot be read (" + e.getMessage() + ")");
                }
            }
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of(new Problem(RejectionCode.ENCRYPTED_PDF,
                    "The PDF is protected by a password and cannot be read. PDF文件已加密，需要密码才能打开。"));
        } catch (IOException | RuntimeException e) {
            return unreadable(e.getMessage());
        }
    }

    private static Optional<Problem> unreadable(String reason) {
        return Optional.of(Problem.unreadable(reason));
    }

    /** {@code %PDF-} after nothing but whitespace or byte-order-mark bytes, within the first 1024 bytes. */
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
