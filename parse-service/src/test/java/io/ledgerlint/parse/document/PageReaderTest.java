package io.ledgerlint.parse.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.parse.corpus.Corpus;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PageReaderTest {

    @Test
    void keepsFontsCachedWhenThePageThatUsedThemIsDone() throws IOException {
        try (PDDocument document = Loader.loadPDF(Corpus.pdf(Corpus.document("doc-000")).toFile())) {
            new PageReader().read(document);
            ResourceCache cache = document.getResourceCache();
            COSObject indirect = new COSObject(new COSDictionary());
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            cache.put(indirect, font);

            // what PDFBox's text stripper does with every font of a page once it has read the page
            cache.removeFont(indirect);

            assertThat(cache.getFont(indirect)).isSameAs(font);
        }
    }
}
