package io.ledgerlint.report.api;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.DocumentRecord;
import java.time.Instant;

/**
 * GET /api/documents/{id}, exactly the CONTRACT.md field set. {@code error} is the error code of a FAILED or
 * REJECTED document (e.g. {@code not-pdf}), null otherwise; the human message is on the HTML report.
 */
public record DocumentDetails(String documentId, String filename, String sha256, DocumentStatus status, String error,
        Instant receivedAt, Instant updatedAt, FindingCounts findingCounts) {

    static DocumentDetails of(DocumentRecord document, FindingCounts counts) {
        return new DocumentDetails(document.documentId, document.filename, document.sha256, document.status,
                document.errorCode, document.receivedAt, document.updatedAt, counts);
    }
}
