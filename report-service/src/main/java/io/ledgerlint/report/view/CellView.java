package io.ledgerlint.report.view;

import java.util.List;

/**
 * One table cell as shown.
 *
 * @param id       the cell's anchor in the page, e.g. {@code c-06-4-2}
 * @param findings the findings naming this cell, most serious first (empty for a cell nobody questions)
 */
public record CellView(String id, String text, List<FindingRef> findings) {

    public boolean highlighted() {
        return !findings.isEmpty();
    }

    /** The severity of the most serious finding naming the cell, or null. */
    public String severity() {
        return findings.isEmpty() ? null : findings.get(0).severity();
    }
}
