package io.ledgerlint.report.persistence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.report.findings.FindingCounts;
import java.time.Instant;

/**
 * One document with everything known about it but its extraction and findings: GET /api/documents/{id}, the report
 * page and PDF, the exports and page images. Its JSON is the CONTRACT.md field set plus {@code errorCode}; the
 * components the pages and exports add are left out of it.
 *
 * @param error       the human-readable reason of a FAILED or REJECTED document (e.g. "not-pdf: the file does not
 *                    start with %PDF-"), null otherwise
 * @param errorCode   the machine code of that reason ({@code not-pdf}), null otherwise
 * @param receivedAt  the newest submission, or for a file rejected at the door when its rejection was recorded
 * @param blobUri     where the PDF is stored; null until a DocumentReceived arrived
 * @param validatedAt null while no findings are stored
 */
public record DocumentDetails(String documentId, String filename, String sha256, DocumentStatus status, String error,
        String errorCode, Instant receivedAt, Instant updatedAt, FindingCounts findingCounts,
        @JsonIgnore String title, @JsonIgnore String department, @JsonIgnore Integer year,
        @JsonIgnore Integer pageCount, @JsonIgnore String blobUri, @JsonIgnore Instant extractedAt,
        @JsonIgnore Instant validatedAt, @JsonIgnore String catalogueVersion) {

    static DocumentDetails of(DocumentRecord document, FindingCounts counts) {
        return new DocumentDetails(document.documentId, document.filename, document.sha256, document.status,
                document.failureReason(), document.errorCode, document.receivedOrRecordedAt(), document.updatedAt,
                counts, document.title, document.department, document.reportYear, document.pageCount,
                document.blobUri, document.extractedAt, document.validatedAt, document.catalogueVersion);
    }

    public boolean validated() {
        return validatedAt != null;
    }
}
