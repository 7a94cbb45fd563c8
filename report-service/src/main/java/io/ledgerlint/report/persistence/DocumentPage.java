package io.ledgerlint.report.persistence;

import java.util.List;

/**
 * One page of a document listing.
 *
 * @param page  0-based page number
 * @param size  requested page size
 * @param total number of documents over all pages
 */
public record DocumentPage(List<DocumentSummary> items, int page, int size, long total) {

    /** 1-based number of the first document shown (0 when none). */
    public long firstRow() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastRow() {
        return items.isEmpty() ? 0 : firstRow() + items.size() - 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
