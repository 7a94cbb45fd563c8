package io.ledgerlint.report.view;

/**
 * Where a finding points, spelled out for the reader; any field may be null.
 *
 * @param cellAnchor the anchor of the table cell it names in the report, when that cell was found
 */
public record LocationView(String table, String section, String row, String column, String sentence, Integer page,
        String cellAnchor) {
}
