package io.ledgerlint.parse;

import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.PageText;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.domain.document.DocumentFactsReader;
import io.ledgerlint.domain.pdf.UnusableDocumentException;
import io.ledgerlint.parse.budget.BudgetExceeded;
import io.ledgerlint.parse.budget.Budgets;
import io.ledgerlint.parse.budget.DocumentBudget;
import io.ledgerlint.parse.document.CoverTitle;
import io.ledgerlint.parse.document.Page;
import io.ledgerlint.parse.document.PageContent;
import io.ledgerlint.parse.document.PageReader;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.document.PdfLoader;
import io.ledgerlint.parse.document.TextLayerCheck;
import io.ledgerlint.parse.narrative.NarrativeParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns a received document's file into its extraction: opens it defensively, reads each page once (text and
 * geometry together), rejects unusable input with a typed reason, then finds the tables and the narrative sections.
 * Reading charges the document's budgets ({@link ParseLimits#budgets()}); a spent one stops it
 * ({@link ParseOutcome.OverBudget}), and the wall-time budget is checked again after each page of the later phases. Exceptions other
 * than a rejection are bugs or outages, and propagate.
 */
public final class DocumentParser {

    private static final int COPY_BUFFER_BYTES = 64 * 1024;

    private final PdfLoader loader;
    private final long maxFileBytes;
    private final Budgets budgets;
    private final TableSource tables;
    private final Clock clock;

    public DocumentParser(ParseLimits limits, TableSource tables, Clock clock) {
        this.loader = new PdfLoader(limits);
        this.maxFileBytes = limits.maxFileBytes();
        this.budgets = limits.budgets();
        this.tables = tables;
        this.clock = clock;
    }

    /**
     * Parses the blob behind {@code received.blobUri()}. PDFBox wants a random-access file and a store only promises
     * a stream, so the bytes are copied to a temporary file first, up to the size limit.
     */
    public ParseOutcome parse(DocumentReceived received, BlobStore blobs) throws IOException {
        Path file = Files.createTempFile("ledgerlint-parse-", ".pdf");
        try {
            if (!copyAtMost(blobs, URI.create(received.blobUri()), file, maxFileBytes)) {
                return new ParseOutcome.Rejected(ErrorCode.TOO_LARGE,
                        "the file has more than the limit of " + maxFileBytes + " bytes");
            }
            return parse(received, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public ParseOutcome parse(DocumentReceived received, Path file) throws IOException {
        DocumentBudget budget = new DocumentBudget(budgets);
        try (PDDocument document = loader.open(file)) {
            List<Page> read = readPages(document, budget);
            List<PageContent> pages = read.stream().map(Page::content).toList();
            TextLayerCheck.check(pages);
            budget.checkDeadline();
            List<Table> found = tables.extract(read.stream().map(Page::geometry).toList(), budget::checkDeadline);
            List<Section> sections = new NarrativeParser().parse(pages, pagesOf(found), budget::checkDeadline);
            String title = CoverTitle.of(pages.get(0));
            List<PageText> texts = pages.stream().map(page -> new PageText(page.page(), page.text())).toList();
            return new ParseOutcome.Parsed(new TablesExtracted(
                    TablesExtracted.SCHEMA_VERSION,
                    received.documentId(),
                    received.sha256(),
                    received.filename(),
                    pages.size(),
                    title,
                    found,
                    sections,
                    texts,
                    clock.instant(),
                    DocumentFactsReader.read(title, found, sections, texts)));
        } catch (UnusableDocumentException e) {
            return new ParseOutcome.Rejected(e.errorCode(), e.getMessage());
        } catch (BudgetExceeded e) {
            return new ParseOutcome.OverBudget(e.budget(), e.limit(), e.getMessage());
        }
    }

    /** Copies the blob to {@code file}; false, leaving the copy incomplete, if it has more than {@code limit} bytes. */
    private static boolean copyAtMost(BlobStore blobs, URI uri, Path file, long limit) throws IOException {
        try (InputStream in = blobs.open(uri); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[COPY_BUFFER_BYTES];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
            return true;
        }
    }

    private static List<Page> readPages(PDDocument document, DocumentBudget budget)
            throws UnusableDocumentException {
        try {
            return new PageReader(budget).read(document);
        } catch (IOException e) {
            // The file opened but its page content does not decode: the input is damaged.
            throw new UnusableDocumentException(ErrorCode.UNREADABLE_PDF,
                    "the page content cannot be read: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // PDFBox follows nested structures recursively; the stack has unwound to here, and the document is
            // dropped with everything PDFBox built from it.
            throw new UnusableDocumentException(ErrorCode.TOO_DEEP,
                    "the document's structures are nested too deeply to read", e);
        }
    }

    private static Set<Integer> pagesOf(List<Table> tables) {
        Set<Integer> pages = new HashSet<>();
        for (Table table : tables) {
            for (int page = table.page(); page <= Math.max(table.page(), table.pageEnd()); page++) {
                pages.add(page);
            }
        }
        return pages;
    }
}
