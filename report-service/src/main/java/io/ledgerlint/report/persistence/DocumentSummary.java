package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.report.findings.FindingCounts;
import java.time.Instant;

/** A document in a listing (GET /api/documents and the overview page). */
public record DocumentSummary(String documentId, String filename, DocumentStatus status, Instant receivedAt,
        FindingCounts findingCounts) {
}
