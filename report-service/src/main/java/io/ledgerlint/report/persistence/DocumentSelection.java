package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.Severity;
import java.util.Locale;

/**
 * Which documents a listing shows, and in which order.
 *
 * @param search   a substring of the filename or the department, any case (null for none)
 * @param status   null for every status
 * @param severity only documents with at least one finding of this severity; null for all
 */
public record DocumentSelection(String search, DocumentStatus status, Severity severity, SortKey sort,
        boolean descending) {

    /** Every document, newest submission first: the order of GET /api/documents. */
    public static final DocumentSelection NEWEST_FIRST = new DocumentSelection(null, null, null, SortKey.RECEIVED,
            true);

    /** What a listing sorts by; each sorts descending first except the texts. */
    public enum SortKey {
        RECEIVED, FILENAME, DEPARTMENT, YEAR, STATUS, ERRORS, WARNINGS, INFO;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean descendingFirst() {
            return this != FILENAME && this != DEPARTMENT && this != STATUS;
        }
    }
}
