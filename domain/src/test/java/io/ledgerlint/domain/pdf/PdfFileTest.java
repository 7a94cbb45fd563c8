package io.ledgerlint.domain.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlint.contracts.events.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks ingest and parse share, on PDFs made here; each service's tests cover them again through its door. */
class PdfFileTest {

    @TempDir
    Path temp;

    @Test
    void opensAPdfWhoseHeaderFollowsWhiteSpaceAndAByteOrderMark() throws Exception {
        try (PDDocument document = open(concat("\uFEFF \r\n".getBytes(StandardCharsets.UTF_8), pdfWithPages(1)), 1)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void refusesAHeaderAfterOtherContent() {
        assertRefused(concat("<html>".getBytes(StandardCharsets.US_ASCII), pdfWithPages(1)), 1, ErrorCode.NOT_PDF,
                "the file does not start with %PDF-");
    }

    @Test
    void refusesAFileWhoseEndMarkerIsNotWithinItsLastKiB() {
        assertRefused(concat(pdfWithPages(1), " ".repeat(1024).getBytes(StandardCharsets.US_ASCII)), 1,
                ErrorCode.UNREADABLE_PDF, "the file is truncated: no %%EOF marker at its end");
    }

    @Test
    void refusesAPdfWithoutPages() {
        assertRefused(pdfWithPages(0), 1, ErrorCode.UNREADABLE_PDF, "the document has no pages");
    }

    @Test
    void refusesMorePagesThanTheLimitAndOpensAsManyAsIt() throws Exception {
        assertRefused(pdfWithPages(3), 2, ErrorCode.TOO_MANY_PAGES,
                "the document has 3 pages, more than the limit of 2");
        try (PDDocument document = open(pdfWithPages(3), 3)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
    }

    @Test
    void refusesAPageTreeDeeperThanTheLimit() {
        assertRefused(pdfWithPageBelow(PageTreeDepth.DEFAULT_LIMIT + 1), 1, ErrorCode.TOO_DEEP,
                "the page tree is more than " + PageTreeDepth.DEFAULT_LIMIT + " levels deep");
    }

    private PDDocument open(byte[] pdf, int maxPages) throws IOException, UnusableDocumentException {
        Path file = Files.write(temp.resolve("test.pdf"), pdf);
        return PdfFile.open(file, maxPages, IOUtils.createMemoryOnlyStreamCache());
    }

    private void assertRefused(byte[] pdf, int maxPages, ErrorCode code, String reason) {
        assertThatThrownBy(() -> open(pdf, maxPages).close())
                .isInstanceOfSatisfying(UnusableDocumentException.class,
                        refusal -> assertThat(refusal.errorCode()).isEqualTo(code))
                .hasMessage(reason);
    }

    private static byte[] pdfWithPages(int pages) {
        PDDocument document = new PDDocument();
        for (int i = 0; i < pages; i++) {
            document.addPage(new PDPage());
        }
        return saved(document);
    }

    /** One page, below a chain of {@code depth} /Pages nodes under the root. */
    private static byte[] pdfWithPageBelow(int depth) {
        PDDocument document = new PDDocument();
        document.addPage(new PDPage());
        COSDictionary root = document.getPages().getCOSObject();
        COSDictionary page = document.getPage(0).getCOSObject();
        COSDictionary parent = root;
        for (int i = 0; i < depth; i++) {
            COSDictionary node = new COSDictionary();
            node.setItem(COSName.TYPE, COSName.PAGES);
            node.setItem(COSName.PARENT, parent);
            node.setInt(COSName.COUNT, 1);
            parent.setItem(COSName.KIDS, new COSArray(List.of(node)));
            parent = node;
        }
        parent.setItem(COSName.KIDS, new COSArray(List.of(page)));
        page.setItem(COSName.PARENT, parent);
        return saved(document);
    }

    private static byte[] saved(PDDocument document) {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
