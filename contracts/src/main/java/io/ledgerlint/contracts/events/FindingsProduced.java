package io.ledgerlint.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Every inconsistency validate-service found in one document.
 *
 * @param catalogueVersion version of the rule catalogue that produced the findings
 */
public record FindingsProduced(
        int schemaVersion,
        String documentId,
        String sha256,
        String catalogueVersion,
        List<Finding> findings,
        Instant validatedAt) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * @param ruleId     an id from the rule catalogue (rules.md), e.g. {@code T06-CLASS-SUM}
     * @param severity   {@code error}, {@code warning} or {@code info}
     * @param confidence {@code high}, {@code medium} or {@code low}
     * @param expected   the value the rule expected, as printed text (may be null)
     * @param actual     the value found (may be null)
     * @param formula    how {@code expected} was computed (may be null)
     */
    public record Finding(
            String ruleId,
            String severity,
            String confidence,
            String message,
            List<Location> locations,
            String expected,
            String actual,
            String formula) {
    }

    /**
     * Where a finding points: a table cell (table id + row code/label + column) or a narrative section and sentence.
     *
     * @param box {@code [x0, y0, x1, y1]} in PDF points, origin top-left; null when unknown
     */
    public record Location(
            String table,
            String section,
            String row,
            String column,
            String sentence,
            Integer page,
            double[] box) {

        public static Location cell(String table, String row, String column, Integer page, double[] box) {
            return new Location(table, null, row, column, null, page, box);
        }

        public static Location text(String section, String sentence, Integer page) {
            return new Location(null, section, null, null, sentence, page, null);
        }
    }
}
