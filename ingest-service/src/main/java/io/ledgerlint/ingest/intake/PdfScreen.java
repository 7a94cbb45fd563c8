package io.ledgerlint.ingest.intake;

import io.ledgerlint.domain.pdf.PdfFile;
import io.ledgerlint.domain.pdf.UnusableDocumentException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Decides whether a non-empty file is a PDF that later stages can read: it opens as parse-service will open it
 * ({@link PdfFile}, with parse-service's default page limit), and every page's content parses.
 *
 * <p>PDFBox reads on {@link ScreeningThreads}: it recurses over the file's structure, and a hostile file can make
 * that recursion overflow any stack, even while loading (PDFBox checks a rebuilt page tree recursively).
 */
final class PdfScreen {

    private PdfScreen() {
    }

    static Optional<Problem> check(Path file) throws IOException {
        return ScreeningThreads.run(() -> readWithPdfBox(file));
    }

    private static Optional<Problem> readWithPdfBox(Path file) throws IOException {
        // Temp-file stream cache: a 100 MiB document must not need 100 MiB of heap.
        try (PDDocument document = PdfFile.open(file, PdfFile.DEFAULT_MAX_PAGES,
                IOUtils.createTempFileOnlyStreamCache())) {
            return firstUnreadablePage(document);
        } catch (UnusableDocumentException e) {
            return Optional.of(Problem.of(e, PdfFile.DEFAULT_MAX_PAGES));
        }
    }

    /** Ingest's own check beyond opening: parse-service will read every page's content, so each must parse. */
    private static Optional<Problem> firstUnreadablePage(PDDocument document) {
        int pageNumber = 0;
        // a tree may list one page object many times: its content is parsed once
        Set<COSDictionary> screened = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            pageNumber++;
            if (!screened.add(page.getCOSObject())) {
                continue;
            }
            try {
                new PDFStreamParser(page).parse();
            } catch (IOException | RuntimeException e) {
                return Optional.of(Problem.unreadable("page " + pageNumber + " cannot be read (" + e.getMessage()
                        + ")"));
            }
        }
        return Optional.empty();
    }
}
