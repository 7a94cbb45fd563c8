package io.ledgerlint.report.lifecycle;

import io.ledgerlint.contracts.events.DocumentStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * What one pipeline event says about a document: the status its stage reached and when.
 *
 * @param status RECEIVED for DocumentReceived, PARSED for TablesExtracted, VALIDATED for FindingsProduced,
 *               FAILED or REJECTED for DocumentFailed
 * @param at     the event's own timestamp (receivedAt, extractedAt, validatedAt, occurredAt)
 */
public record StatusEvent(DocumentStatus status, Instant at) {

    public StatusEvent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }

    public boolean isFailure() {
        return DocumentProgress.isFailure(status);
    }
}
