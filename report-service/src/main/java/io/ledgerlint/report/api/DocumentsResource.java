package io.ledgerlint.report.api;

import io.ledgerlint.report.persistence.DocumentDetails;
import io.ledgerlint.report.persistence.DocumentPage;
import io.ledgerlint.report.persistence.DocumentQueries;
import io.ledgerlint.report.persistence.DocumentSelection;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents API of CONTRACT.md. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents", description = "Submitted documents, their extracted tables and findings")
public class DocumentsResource {

    private final DocumentQueries queries;

    public DocumentsResource(DocumentQueries queries) {
        this.queries = queries;
    }

    /** {@code {"items": [...], "page": 0, "size": 20, "total": n}}, newest submission first; see {@link Paging}. */
    @GET
    @Operation(summary = "Every document, newest submission first, with finding counts by severity")
    @APIResponse(responseCode = "200", description = "one page of documents")
    @APIResponse(responseCode = "400", description = "bad page or size",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentPage list(
            @Parameter(description = "0-based page number (default 0)") @QueryParam("page") String page,
            @Parameter(description = "page size 1-200 (default 20)") @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        return queries.page(DocumentSelection.NEWEST_FIRST, paging.page(), paging.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A document's status, error and finding counts",
            description = "error is the human-readable reason of a FAILED/REJECTED document, errorCode its code")
    @APIResponse(responseCode = "200", description = "the document")
    @APIResponse(responseCode = "404", description = "unknown document, or stage not reached yet",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentDetails get(@PathParam("id") String id) {
        return document(id);
    }

    /** 404 while the document has not been parsed (or never will be, when it failed earlier). */
    @GET
    @Path("{id}/tables")
    @Operation(summary = "The extracted tables and narrative sections", description = "404 until parsed")
    @APIResponse(responseCode = "200", description = "the extraction")
    @APIResponse(responseCode = "404", description = "unknown document, or stage not reached yet",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentTables tables(@PathParam("id") String id) {
        DocumentDetails document = document(id);
        return queries.extraction(id)
                .map(extraction -> DocumentTables.of(id, extraction))
                .orElseThrow(() -> new NotFoundException("document " + id + " has no extracted tables (status "
                        + document.status() + ")"));
    }

    /** 404 while the document has not been validated; an empty list once it was validated without findings. */
    @GET
    @Path("{id}/findings")
    @Operation(summary = "The findings of the latest validation", description = "404 until validated")
    @APIResponse(responseCode = "200", description = "the findings, [] when nothing was found")
    @APIResponse(responseCode = "404", description = "unknown document, or stage not reached yet",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DocumentFindings findings(@PathParam("id") String id) {
        DocumentDetails document = document(id);
        if (!document.validated()) {
            throw new NotFoundException("document " + id + " has not been validated (status " + document.status()
                    + ")");
        }
        return new DocumentFindings(id, queries.findings(id));
    }

    private DocumentDetails document(String id) {
        return queries.document(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
    }
}
