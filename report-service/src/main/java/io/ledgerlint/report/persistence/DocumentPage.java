package io.ledgerlint.report.persistence;

import java.util.List;

/**
 * One page of the document listing, newest submission first.
 *
 * @param page  0-based page number
 * @param size  requested page size
 * @param total number of documents over all pages
 */
public record DocumentPage(List<DocumentSummary> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
