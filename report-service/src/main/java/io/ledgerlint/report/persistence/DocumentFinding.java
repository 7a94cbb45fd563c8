package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;

/** A finding together with the document it belongs to: one row of a findings export. */
public record DocumentFinding(String documentId, Finding finding) {
}
