package io.ledgerlint.parse.document;

import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.domain.pdf.PdfFile;
import io.ledgerlint.domain.pdf.UnusableDocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Opens a PDF file defensively within the parser's limits: checks its size, then opens it as ingest screened it
 * ({@link PdfFile}) with PDFBox's memory bounded, every way of failing an {@link UnusableDocumentException}.
 */
public final class PdfLoader {

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
        // Decoded streams beyond the heap budget spill to temporary files, themselves bounded so that a
        // decompression bomb cannot fill the disk either.
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(
                limits.maxMainMemoryBytes(), limits.maxFileBytes() * DECODED_TO_FILE_RATIO);
        return PdfFile.open(file, limits.maxPages(), memory.streamCache);
    }
}
