package io.ledgerlint.report.export;

import io.ledgerlint.report.findings.FindingCounts;

/**
 * A document in the batch export.
 *
 * @param error the human-readable failure reason of a FAILED or REJECTED document, null otherwise
 */
public record DocumentRow(String documentId, String filename, String department, Integer year, String status,
        String error, FindingCounts findingCounts) {
}
