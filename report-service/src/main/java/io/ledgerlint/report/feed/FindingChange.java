package io.ledgerlint.report.feed;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import java.time.Instant;
import java.util.List;

/**
 * One entry of the findings feed: the complete current findings of one document after a validation replaced them.
 * A consumer replaces everything it holds for {@code documentId} with {@code findings} (an empty list clears it).
 *
 * @param changedAt when report-service stored this findings set; the feed's order and cursor
 */
public record FindingChange(String documentId, String filename, String sha256, DocumentStatus status,
        String catalogueVersion, Instant validatedAt, Instant changedAt, List<Finding> findings) {
}
