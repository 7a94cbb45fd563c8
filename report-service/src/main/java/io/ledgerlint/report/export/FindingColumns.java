package io.ledgerlint.report.export;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a finding in the CSV and XLSX exports: one row per finding, its locations flattened. A finding with
 * several locations lists them in the same order in every location column, separated by {@value #SEPARATOR}, so the
 * n-th value of each column belongs to the n-th location.
 */
public final class FindingColumns {

    public static final String SEPARATOR = " | ";

    public static final List<String> HEADERS = List.of("documentId", "ruleId", "severity", "confidence", "message",
            "table", "section", "row", "column", "sentence", "page", "expected", "actual", "formula");

    private FindingColumns() {
    }

    /** The cells in {@link #HEADERS} order: text, or an Integer page when the finding has a single location. */
    public static List<Object> cells(String documentId, Finding finding) {
        List<Location> locations = finding.locations() == null ? List.of() : finding.locations();
        return Arrays.asList(documentId, finding.ruleId(), finding.severity(), finding.confidence(), finding.message(),
                joined(locations, Location::table), joined(locations, Location::section),
                joined(locations, Location::row), joined(locations, Location::column),
                joined(locations, Location::sentence), page(locations),
                finding.expected(), finding.actual(), finding.formula());
    }

    private static Object page(List<Location> locations) {
        if (locations.size() == 1) {
            return locations.get(0).page();
        }
        return joined(locations, location -> location.page() == null ? null : location.page().toString());
    }

    /** Null when no location has the field, so that the cell stays empty rather than holding bare separators. */
    private static String joined(List<Location> locations, Function<Location, String> field) {
        if (locations.stream().map(field).allMatch(Objects::isNull)) {
            return null;
        }
        return locations.stream().map(field).map(value -> value == null ? "" : value)
                .collect(Collectors.joining(SEPARATOR));
    }
}
