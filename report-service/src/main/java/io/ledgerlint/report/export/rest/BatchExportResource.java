package io.ledgerlint.report.export.rest;

import io.ledgerlint.report.export.ContentDisposition;
import io.ledgerlint.report.export.Workbooks;
import io.ledgerlint.report.persistence.DocumentFinding;
import io.ledgerlint.report.persistence.DocumentQueries;
import io.ledgerlint.report.persistence.DocumentSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole batch as one workbook. */
@Path("/api/export")
@Tag(name = "exports")
public class BatchExportResource {

    private final DocumentQueries queries;

    public BatchExportResource(DocumentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("batch.xlsx")
    @Produces(DocumentExportsResource.XLSX)
    @Operation(summary = "Every document and every finding as one Excel workbook",
            description = "Sheet \"documents\": documentId, filename, department, year, status, error, counts of "
                    + "findings by severity. Sheet \"findings\": every finding with its documentId.")
    @APIResponse(responseCode = "200", description = "the XLSX file",
            content = @Content(mediaType = DocumentExportsResource.XLSX))
    public Response batchXlsx() {
        List<DocumentSummary> documents = queries.everyDocument();
        List<DocumentFinding> findings = queries.everyFinding();
        return Response.ok((StreamingOutput) out -> Workbooks.batch(documents, findings, out),
                        DocumentExportsResource.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment("ledgerlint-batch.xlsx", "ledgerlint-batch.xlsx"))
                .build();
    }
}
