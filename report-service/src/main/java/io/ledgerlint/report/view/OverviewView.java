package io.ledgerlint.report.view;

import java.util.List;

/** The overview page: the batch summary, then one page of the documents the query selects. */
public record OverviewView(OverviewQuery query, List<OverviewRow> rows, long total, BatchSummary summary) {

    /** 1-based number of the first row shown (0 when none). */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) query.page() * query.size() + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }

    public boolean hasNext() {
        return (long) (query.page() + 1) * query.size() < total;
    }
}
