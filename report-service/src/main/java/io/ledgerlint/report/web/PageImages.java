package io.ledgerlint.report.web;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.report.pages.HighlightBoxes;
import io.ledgerlint.report.pages.PageBox;
import io.ledgerlint.report.pages.PageRenderer;
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
import java.util.List;

/**
 * {@code GET /documents/{id}/pages/{n}.png?highlight=<finding number>}: a page of the stored PDF, the cells and text
 * the finding points at outlined in red. Rendered on demand, then served from a bounded cache.
 */
@Path("/documents/{id}/pages/{page: \\d+}.png")
public class PageImages {

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
        byte[] png;
        try {
            png = rendered.get(new RenderedPages.Key(id, version, page, highlight),
                    () -> render(document, page, highlight));
        } catch (PageRenderer.NoSuchPage e) {
            throw new NotFoundException(e.getMessage());
        }
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return Response.ok(png).cacheControl(cache).build();
    }

    private byte[] render(DocumentDetails document, int page, int highlight) {
        List<PageBox> outlined = highlight <= 0 ? List.of() : outlined(document.documentId(), page, highlight);
        try (InputStream pdf = blobs.open(URI.create(document.blobUri()))) {
            return renderer.render(pdf, page, outlined);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render page " + page + " of " + document.documentId(), e);
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
