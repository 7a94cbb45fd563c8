package io.ledgerlint.report.api;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.DocumentRecord;
import java.time.Instant;

/**
 * GET /api/documents/{id}: the CONTRACT.md field set plus {@code errorCode}. For a FAILED or REJECTED document
 * {@code error} is the human-readable reason (e.g. "not-pdf: the file does not start with %PDF-") and
 * {@code errorCode} the machine code ({@code not-pdf}); both are null otherwise.
 */
public record DocumentDetails(String documentId, String filename, String sha256, DocumentStatus status, String error,
        String errorCode, Instant receivedAt, Instant updatedAt, FindingCounts findingCounts) {

    static DocumentDetails of(DocumentRecord document, FindingCounts counts) {
        return new DocumentDetails(document.documentId, document.filename, document.sha256, document.status,
                FailureReason.of(document), document.errorCode, document.receivedOrRecordedAt(), document.updatedAt,
                counts);
    }
}
