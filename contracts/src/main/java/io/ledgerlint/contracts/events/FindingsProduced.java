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
     * {@code row} and {@code column} name the cell for people; {@code address} names it for programs.
     *
     * @param page    1-based page; null when unknown
     * @param box     {@code [x0, y0, x1, y1]} in PDF points, origin top-left; null when unknown
     * @param address the cell's (or row's) position on the grid of the table as parse-service extracted it; null for
     *                narrative passages, whole tables and rows the extraction does not hold. Added in schema
     *                version 1 as an optional field: producers before it leave it out
     */
    public record Location(
            String table,
            String section,
            String row,
            String column,
            String sentence,
            Integer page,
            double[] box,
            CellAddress address) {

        /** A location without a grid address, as producers before {@code address} built it. */
        public Location(String table, String section, String row, String column, String sentence, Integer page,
                double[] box) {
            this(table, section, row, column, sentence, page, box, null);
        }

        public static Location cell(String table, String row, String column, Integer page, double[] box) {
            return new Location(table, null, row, column, null, page, box, null);
        }

        /** This location with the grid address of the cell or row it names. */
        public Location addressed(CellAddress cellAddress) {
            return new Location(table, section, row, column, sentence, page, box, cellAddress);
        }

        public static Location text(String section, String sentence, Integer page) {
            return new Location(null, section, null, null, sentence, page, null, null);
        }
    }

    /**
     * A position on an extracted table's grid: {@code TablesExtracted.Table.headerRows} followed by its
     * {@code rows}, counted as {@code TablesExtracted.Merge} counts them.
     *
     * @param row    0-based grid row
     * @param column 0-based grid column; null when the address names the whole row
     * @param lanci  the column's 栏次 as the extraction numbered it ({@code TablesExtracted.Column.lanci}); null when
     *               it has none or the address names a row
     * @param code   the row's classification code as printed; null when it has none
     */
    public record CellAddress(int row, Integer column, Integer lanci, String code) {

        public static CellAddress ofRow(int row, String code) {
            return new CellAddress(row, null, null, code);
        }
    }
}
