package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.DocumentStatus;
import java.time.Instant;

/** What the report shows above the findings; any field but documentId and status may be null. */
public record DocumentHeader(String documentId, String filename, DocumentStatus status, String errorCode,
        String errorMessage, String title, String department, Integer year, Integer pageCount, Instant receivedAt,
        Instant updatedAt) {
}
