package io.ledgerlint.report.view;

import io.ledgerlint.report.persistence.DocumentPage;

/** The overview page: the batch summary, then one page of the documents the query selects. */
public record OverviewView(OverviewQuery query, DocumentPage documents, BatchSummary summary) {
}
