package io.ledgerlint.report.export.rest;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.report.api.ApiError;
import io.ledgerlint.report.export.CjkFont;
import io.ledgerlint.report.export.ContentDisposition;
import io.ledgerlint.report.export.FindingsCsv;
import io.ledgerlint.report.export.ReportPdf;
import io.ledgerlint.report.export.Workbooks;
import io.ledgerlint.report.persistence.DocumentDetails;
import io.ledgerlint.report.persistence.DocumentFinding;
import io.ledgerlint.report.persistence.DocumentQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Downloads of one document: its findings as CSV/XLSX, its report as PDF. On /api/documents like DocumentsResource:
 * JAX-RS first picks the root class with the longest matching literal path, so a class on /api would never see these.
 */
@Path("/api/documents")
@Tag(name = "exports", description = "Findings and reports as files (CSV, XLSX, PDF)")
public class DocumentExportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";
    static final String PDF = "application/pdf";

    private final DocumentQueries queries;
    private final Optional<java.nio.file.Path> configuredFont;

    public DocumentExportsResource(DocumentQueries queries,
            @ConfigProperty(name = "ledgerlint.report.cjk-font") Optional<java.nio.file.Path> configuredFont) {
        this.queries = queries;
        this.configuredFont = configuredFont;
    }

    @GET
    @Path("{id}/findings.csv")
    @Produces(CSV)
    @Operation(summary = "A validated document's findings as CSV",
            description = "One row per finding, locations flattened (several locations joined by ' | ' in the same "
                    + "order in every location column). UTF-8 with a byte order mark. 404 until validated.")
    @APIResponse(responseCode = "200", description = "the CSV file", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "404", description = "unknown or not yet validated document")
    public Response findingsCsv(@Parameter(description = "documentId") @PathParam("id") String id) {
        DocumentDetails document = validatedDocument(id);
        List<DocumentFinding> findings = findingsOf(id);
        return attachment((StreamingOutput) out -> FindingsCsv.write(findings, out), CSV,
                document, "findings.csv");
    }

    @GET
    @Path("{id}/findings.xlsx")
    @Produces(XLSX)
    @Operation(summary = "A validated document's findings as an Excel workbook",
            description = "Sheet \"findings\" with the same columns as the CSV. 404 until validated.")
    @APIResponse(responseCode = "200", description = "the XLSX file", content = @Content(mediaType = XLSX))
    @APIResponse(responseCode = "404", description = "unknown or not yet validated document")
    public Response findingsXlsx(@Parameter(description = "documentId") @PathParam("id") String id) {
        DocumentDetails document = validatedDocument(id);
        List<DocumentFinding> findings = findingsOf(id);
        return attachment((StreamingOutput) out -> Workbooks.findings(findings, out), XLSX,
                document, "findings.xlsx");
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The document report as PDF",
            description = "Header and findings grouped by severity, with the Chinese text in an embedded CJK font. "
                    + "503 no-cjk-font when the server has no usable CJK font (see ledgerlint.report.cjk-font).")
    @APIResponse(responseCode = "200", description = "the PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "404", description = "unknown document")
    @APIResponse(responseCode = "503", description = "no CJK font installed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiError.class)))
    public Response reportPdf(@Parameter(description = "documentId") @PathParam("id") String id) {
        DocumentDetails document = document(id);
        Optional<CjkFont> font = CjkFont.locate(configuredFont);
        if (font.isEmpty()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("no-cjk-font", "no usable CJK font at " + CjkFont.searched(configuredFont)
                            + ": " + CjkFont.INSTALL_HINT))
                    .build();
        }
        List<Finding> findings = document.validated() ? queries.findings(id) : null;
        ReportPdf renderer = new ReportPdf(font.get());
        return attachment((StreamingOutput) out -> renderer.write(document, findings, out), PDF, document,
                "report.pdf");
    }

    private List<DocumentFinding> findingsOf(String id) {
        return queries.findings(id).stream().map(finding -> new DocumentFinding(id, finding)).toList();
    }

    private static Response attachment(StreamingOutput body, String mediaType, DocumentDetails document,
            String suffix) {
        String name = ContentDisposition.exportName(document.filename(), document.documentId(), suffix);
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment(name, document.documentId() + "-" + suffix))
                .build();
    }

    private DocumentDetails validatedDocument(String id) {
        DocumentDetails document = document(id);
        if (!document.validated()) {
            throw new NotFoundException("document " + id + " has not been validated (status " + document.status()
                    + ")");
        }
        return document;
    }

    private DocumentDetails document(String id) {
        return queries.document(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
    }
}
