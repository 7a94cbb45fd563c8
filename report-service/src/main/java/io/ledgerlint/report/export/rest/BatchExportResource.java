package io.ledgerlint.report.export.rest;

import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.report.api.FailureReason;
import io.ledgerlint.report.export.ContentDisposition;
import io.ledgerlint.report.export.DocumentFinding;
import io.ledgerlint.report.export.DocumentRow;
import io.ledgerlint.report.export.Workbooks;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.DocumentRecord;
import io.ledgerlint.report.persistence.FindingRecord;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole batch as one workbook. */
@Path("/api/export")
@Tag(name = "exports")
public class BatchExportResource {

    @GET
    @Path("batch.xlsx")
    @Produces(DocumentExportsResource.XLSX)
    @Operation(summary = "Every document and every finding as one Excel workbook",
            description = "Sheet \"documents\": documentId, filename, department, year, status, error, counts of "
                    + "findings by severity. Sheet \"findings\": every finding with its documentId.")
    @APIResponse(responseCode = "200", description = "the XLSX file",
            content = @Content(mediaType = DocumentExportsResource.XLSX))
    public Response batchXlsx() {
        List<DocumentFinding> findings = FindingRecord.<FindingRecord>list("order by documentId, position").stream()
                .map(record -> new DocumentFinding(record.documentId, record.toFinding()))
                .toList();
        Map<String, FindingCounts> counts = countsByDocument(findings);
        List<DocumentRow> documents = DocumentRecord
                .<DocumentRecord>list("order by coalesce(receivedAt, createdAt) desc, documentId").stream()
                .map(d -> new DocumentRow(d.documentId, d.filename, d.department, d.reportYear, d.status.name(),
                        FailureReason.of(d), counts.getOrDefault(d.documentId, FindingCounts.NONE)))
                .toList();
        return Response.ok((StreamingOutput) out -> Workbooks.batch(documents, findings, out),
                        DocumentExportsResource.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment("ledgerlint-batch.xlsx", "ledgerlint-batch.xlsx"))
                .build();
    }

    private static Map<String, FindingCounts> countsByDocument(List<DocumentFinding> findings) {
        return findings.stream().collect(Collectors.groupingBy(DocumentFinding::documentId,
                Collectors.collectingAndThen(
                        Collectors.groupingBy(f -> Severity.fromWireName(f.finding().severity()),
                                () -> new EnumMap<>(Severity.class), Collectors.counting()),
                        FindingCounts::of)));
    }
}
