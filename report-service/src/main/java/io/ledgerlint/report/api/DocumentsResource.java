package io.ledgerlint.report.api;

import io.ledgerlint.report.persistence.DocumentPage;
import io.ledgerlint.report.persistence.DocumentQueries;
import io.ledgerlint.report.persistence.DocumentRecord;
import io.ledgerlint.report.persistence.FindingRecord;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The documents API of CONTRACT.md. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    private final DocumentQueries queries;

    public DocumentsResource(DocumentQueries queries) {
        this.queries = queries;
    }

    /** {@code {"items": [...], "page": 0, "size": 20, "total": n}}, newest submission first; see {@link Paging}. */
    @GET
    public DocumentPage list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        return queries.page(paging.page(), paging.size());
    }

    @GET
    @Path("{id}")
    public DocumentDetails get(@PathParam("id") String id) {
        return DocumentDetails.of(document(id), queries.findingCounts(id));
    }

    /** 404 while the document has not been parsed (or never will be, when it failed earlier). */
    @GET
    @Path("{id}/tables")
    public DocumentTables tables(@PathParam("id") String id) {
        DocumentRecord document = document(id);
        return queries.extraction(id)
                .map(extraction -> DocumentTables.of(id, extraction.payload))
                .orElseThrow(() -> new NotFoundException("document " + id + " has no extracted tables (status "
                        + document.status + ")"));
    }

    /** 404 while the document has not been validated; an empty list once it was validated without findings. */
    @GET
    @Path("{id}/findings")
    public DocumentFindings findings(@PathParam("id") String id) {
        DocumentRecord document = document(id);
        if (document.validatedAt == null) {
            throw new NotFoundException("document " + id + " has not been validated (status " + document.status + ")");
        }
        return new DocumentFindings(id, queries.findings(id).stream().map(FindingRecord::toFinding).toList());
    }

    private DocumentRecord document(String id) {
        return queries.document(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
    }
}
