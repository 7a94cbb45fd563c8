package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import java.util.ArrayList;
import java.util.List;

/** A finding as listed in the report, its locations spelled out. */
public record FindingView(String ruleId, String confidence, String message, List<String> locations,
        String expected, String actual, String formula) {

    static FindingView of(Finding finding) {
        List<String> locations = finding.locations() == null ? List.of()
                : finding.locations().stream().map(FindingView::describe).toList();
        return new FindingView(finding.ruleId(), finding.confidence(), finding.message(), locations,
                finding.expected(), finding.actual(), finding.formula());
    }

    /** E.g. "table 06, row 301, column 决算数, page 12" or "section 五、…, “sentence”, page 4". */
    static String describe(Location location) {
        List<String> parts = new ArrayList<>();
        if (location.table() != null) {
            parts.add("table " + location.table());
        }
        if (location.section() != null) {
            parts.add("section " + location.section());
        }
        if (location.row() != null) {
            parts.add("row " + location.row());
        }
        if (location.column() != null) {
            parts.add("column " + location.column());
        }
        if (location.sentence() != null) {
            parts.add("“" + location.sentence() + "”");
        }
        if (location.page() != null) {
            parts.add("page " + location.page());
        }
        return String.join(", ", parts);
    }
}
