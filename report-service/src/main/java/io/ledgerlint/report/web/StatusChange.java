package io.ledgerlint.report.web;

import io.ledgerlint.contracts.events.DocumentStatus;
import java.time.Instant;

/** What the overview's live updates carry: a document's state after a committed change. */
public record StatusChange(String documentId, String filename, DocumentStatus status, String department,
        Integer year, Instant updatedAt) {
}
