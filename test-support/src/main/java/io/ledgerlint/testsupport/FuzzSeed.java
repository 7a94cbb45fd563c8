package io.ledgerlint.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A PDF the fuzz tests mutate. The corpus documents have 36–40 pages and take long to read, so most cases start from
 * excerpts of them: a few pages each, saved by PDFBox without object streams so that every object stands in the file
 * as an {@code N 0 obj … endobj} block the mutations can find. An excerpt may have its content streams decoded, so
 * that stream mutations hit the content syntax itself rather than Flate data.
 */
public record FuzzSeed(String name, byte[] bytes) {

    /** A whole corpus document, e.g. {@code doc-000}. */
    public static FuzzSeed document(String name) throws IOException {
        return new FuzzSeed(name, Files.readAllBytes(CorpusDocuments.pdf(name)));
    }

    /** The given pages (1-based) of a corpus document; {@code decoded}: content streams without filters. */
    public static FuzzSeed excerpt(String name, boolean decoded, int... pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(CorpusDocuments.pdf(name).toFile())) {
            for (int page = document.getNumberOfPages(); page >= 1; page--) {
                if (Arrays.stream(pages).noneMatch(Integer.valueOf(page)::equals)) {
                    document.removePage(page - 1);
                }
            }
            if (decoded) {
                for (PDPage page : document.getPages()) {
                    try (InputStream content = page.getContents()) {
                        page.setContents(new PDStream(document, content));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return new FuzzSeed(name + Arrays.toString(pages).replace(" ", "") + (decoded ? "-decoded" : ""),
                    out.toByteArray());
        }
    }
}
