package io.ledgerlint.deploy.batch;

import io.ledgerlint.contracts.events.DocumentStatus;
import java.time.Instant;

/**
 * A document as report-service shows it once it is done.
 *
 * @param status    VALIDATED, FAILED or REJECTED
 * @param updatedAt when report-service last changed its record: for a finished document, when it stored the
 *                  terminal event (the findings, or the failure)
 */
public record ReportedDocument(DocumentStatus status, Instant updatedAt) {
}
