package io.ledgerlint.report.persistence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.report.findings.FindingCounts;
import java.time.Instant;

/**
 * A document as every listing shows it: GET /api/documents, the overview page, the batch export. Its JSON is the
 * listing item of CONTRACT.md, so the components the pages and exports add are left out of it.
 *
 * @param receivedAt the newest submission, or for a file rejected at the door (no DocumentReceived exists for it)
 *                   when its rejection was recorded
 * @param error      the human-readable failure reason of a FAILED or REJECTED document, null otherwise
 */
public record DocumentSummary(String documentId, String filename, DocumentStatus status, Instant receivedAt,
        FindingCounts findingCounts, @JsonIgnore String department, @JsonIgnore Integer year,
        @JsonIgnore String error) {

    static DocumentSummary of(DocumentRecord document, FindingCounts counts) {
        return new DocumentSummary(document.documentId, document.filename, document.status,
                document.receivedOrRecordedAt(), counts, document.department, document.reportYear,
                document.failureReason());
    }
}
