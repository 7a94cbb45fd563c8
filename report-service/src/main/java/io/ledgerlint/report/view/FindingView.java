package io.ledgerlint.report.view;

import java.util.List;

/**
 * A finding as listed in the report.
 *
 * @param number    1-based position among the document's findings; the anchor is {@code f<number>}
 * @param family    the rule family, the prefix of the rule id (DOC, STRUCT, T01…T09, XT, NAR, PERF)
 * @param pages     the pages its locations are on, ascending, each linking to the page image with it outlined
 */
public record FindingView(int number, String ruleId, String family, String severity, String confidence,
        String message, List<LocationView> locations, String expected, String actual, String formula,
        List<Integer> pages) {

    public String anchor() {
        return "f" + number;
    }
}
