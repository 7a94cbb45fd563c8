package io.ledgerlint.parse.fuzz;

import io.ledgerlint.parse.corpus.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The PDFs the fuzz test mutates. The corpus documents have 36–40 pages and take long to parse, so most cases start
 * from excerpts of them: a page or two each (standard tables, a table continued on the next page, a 绩效 attachment
 * table), saved by PDFBox without object streams so that every object stands in the file as an
 * {@code N 0 obj … endobj} block the mutations can find. Two excerpts have their content streams decoded, so that
 * stream mutations hit the content syntax itself rather than Flate data.
 */
record FuzzSeeds(List<Seed> excerpts, List<Seed> documents) {

    record Seed(String name, byte[] bytes) {
    }

    static FuzzSeeds derive() throws IOException {
        List<Seed> excerpts = List.of(
                excerpt("doc-000", false, 7),
                excerpt("doc-000", false, 12, 13),
                excerpt("doc-000", false, 33),
                excerpt("doc-000", true, 8),
                excerpt("doc-003", false, 5),
                excerpt("doc-003", false, 11, 12),
                excerpt("doc-003", false, 31),
                excerpt("doc-003", true, 7));
        List<Seed> documents = List.of(document("doc-000"), document("doc-003"));
        return new FuzzSeeds(excerpts, documents);
    }

    private static Seed document(String name) throws IOException {
        return new Seed(name, Files.readAllBytes(Corpus.pdf(Corpus.document(name))));
    }

    /** The given pages (1-based) of a corpus document; {@code decoded}: content streams without filters. */
    private static Seed excerpt(String name, boolean decoded, int... pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(Corpus.pdf(Corpus.document(name)).toFile())) {
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
            return new Seed(name + Arrays.toString(pages).replace(" ", "") + (decoded ? "-decoded" : ""),
                    out.toByteArray());
        }
    }
}
