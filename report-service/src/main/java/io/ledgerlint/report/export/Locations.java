package io.ledgerlint.report.export;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import java.util.ArrayList;
import java.util.List;

/** A finding's location in words, for the PDF report. */
public final class Locations {

    private Locations() {
    }

    /** E.g. "table 06, row 301, column 决算数, page 12" or "section 五、…, “sentence”, page 4". */
    public static String describe(Location location) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, "table ", location.table());
        addIfPresent(parts, "section ", location.section());
        addIfPresent(parts, "row ", location.row());
        addIfPresent(parts, "column ", location.column());
        if (location.sentence() != null) {
            parts.add("“" + location.sentence() + "”");
        }
        if (location.page() != null) {
            parts.add("page " + location.page());
        }
        return String.join(", ", parts);
    }

    private static void addIfPresent(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + value);
        }
    }
}
