package io.ledgerlint.report.export;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;

/** A finding together with the document it belongs to: one row of a findings export. */
public record DocumentFinding(String documentId, Finding finding) {
}
