package io.ledgerlint.report.web;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.report.pages.HighlightBoxes;
import io.ledgerlint.report.pages.PageBox;
import io.ledgerlint.report.pages.PageImage;
import io.ledgerlint.report.pages.PageRenderer;
import io.ledgerlint.report.pages.Placeholder;
import io.ledgerlint.report.pages.RenderedPages;
import io.ledgerlint.report.persistence.DocumentDetails;
import io.ledgerlint.report.persistence.DocumentQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code GET /documents/{id}/pages/{n}.png?highlight=<finding number>}: a page of the stored PDF, the cells and text
 * the finding points at outlined in red. Rendered on demand, then served from a bounded cache. A page that cannot be
 * drawn (in full) within the limits is still an image, with {@value #PLACEHOLDER_HEADER} saying why: the report shows
 * it like any other page.
 */
@Path("/documents/{id}/pages/{page: \\d+}.png")
public class PageImages {

    /** Set on an image that shows (some of) the page as grey, to why: a {@link Placeholder} code. */
    public static final String PLACEHOLDER_HEADER = "X-Ledgerlint-Placeholder";
    private static final Logger LOG = Logger.getLogger(PageImages.class);

    private final DocumentQueries queries;
    private final BlobStore blobs;
    private final PageRenderer renderer;
    private final RenderedPages rendered;

    public PageImages(DocumentQueries queries, BlobStore blobs, PageRenderer renderer, RenderedPages rendered) {
        this.queries = queries;
        this.blobs = blobs;
        this.renderer = renderer;
        this.rendered = rendered;
    }

    @GET
    @Produces("image/png")
    public Response page(@PathParam("id") String id, @PathParam("page") int page,
            @QueryParam("highlight") int highlight) {
        DocumentDetails document = queries.document(id)
                .orElseThrow(() -> new NotFoundException("no document with id " + id));
        if (document.blobUri() == null) {
            throw new NotFoundException("the PDF of document " + id + " is not known yet");
        }
        String version = document.sha256() + "/" + document.extractedAt() + "/" + document.validatedAt();
        PageImage image;
        try {
            image = rendered.get(new RenderedPages.Key(id, version, page, highlight),
                    () -> render(document, page, highlight));
        } catch (PageRenderer.NoSuchPage e) {
            throw new NotFoundException(e.getMessage());
        }
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        if (image.isTransientPlaceholder()) {
            cache.setNoStore(true);
        } else {
            cache.setMaxAge(300);
        }
        Response.ResponseBuilder response = Response.ok(image.png()).cacheControl(cache);
        if (image.placeholder() != null) {
            response.header(PLACEHOLDER_HEADER, image.placeholder().code());
        }
        return response.build();
    }

    private PageImage render(DocumentDetails document, int page, int highlight) {
        List<PageBox> outlined = highlight <= 0 ? List.of() : outlined(document.documentId(), page, highlight);
        java.nio.file.Path pdf = null;
        try {
            // PDFBox opens a file without holding it in memory; the blob may live in a bucket.
            pdf = Files.createTempFile("ledgerlint-page-", ".pdf");
            try (InputStream blob = blobs.open(URI.create(document.blobUri()))) {
                Files.copy(blob, pdf, StandardCopyOption.REPLACE_EXISTING);
            }
            PageImage image = renderer.render(pdf, page, outlined);
            if (image.placeholder() != null) {
                LOG.warnf("page %d of %s: %s", page, document.documentId(), image.reason());
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF of " + document.documentId(), e);
        } finally {
            deleteQuietly(pdf);
        }
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("cannot delete %s: %s", file, e.getMessage());
        }
    }

    private List<PageBox> outlined(String documentId, int page, int highlight) {
        List<Finding> findings = queries.findings(documentId);
        if (highlight > findings.size()) {
            throw new NotFoundException("document " + documentId + " has no finding " + highlight);
        }
        Finding finding = findings.get(highlight - 1);
        List<TablesExtracted.Table> tables = queries.extraction(documentId)
                .map(TablesExtracted::tables)
                .orElse(List.of());
        return HighlightBoxes.of(finding, tables == null ? List.of() : tables, page);
    }
}
