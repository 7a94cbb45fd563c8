package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.report.findings.FindingCounts;
import java.time.Instant;

/** A document in the overview; any field but documentId, status and counts may be null. */
public record OverviewRow(String documentId, String filename, DocumentStatus status, String department, Integer year,
        Instant receivedAt, FindingCounts counts) {

    public boolean inFlight() {
        return !status.isTerminal();
    }
}
