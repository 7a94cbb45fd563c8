package io.ledgerlint.report.api;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import java.util.List;

/** GET /api/documents/{id}/findings, each finding as validate-service produced it. */
public record DocumentFindings(String documentId, List<Finding> findings) {
}
