package io.ledgerlint.report.export;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import java.time.Instant;
import java.util.List;

/**
 * What the PDF report shows of one document.
 *
 * @param error    the human-readable failure reason, null unless FAILED/REJECTED
 * @param findings null while the document has not been validated
 */
public record ReportContent(String documentId, String filename, String title, String department, Integer year,
        String status, String error, Instant receivedAt, Instant validatedAt, String catalogueVersion,
        List<Finding> findings) {
}
