package io.ledgerlint.report.view;

import java.util.Comparator;
import java.util.List;

/** Rule families: the prefix of a rule id before its first '-', listed in the catalogue's order. */
public final class RuleFamilies {

    private static final List<String> CATALOGUE_ORDER = List.of("DOC", "STRUCT", "T01", "T02", "T03", "T04", "T05",
            "T06", "T07", "T08", "T09", "XT", "NAR", "PERF");

    /** Catalogue families first, in catalogue order, then any other family alphabetically. */
    public static final Comparator<String> ORDER = Comparator
            .comparingInt((String family) -> CATALOGUE_ORDER.contains(family) ? CATALOGUE_ORDER.indexOf(family)
                    : CATALOGUE_ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    private RuleFamilies() {
    }

    public static String of(String ruleId) {
        if (ruleId == null || ruleId.isBlank()) {
            return "?";
        }
        int dash = ruleId.indexOf('-');
        return dash < 0 ? ruleId : ruleId.substring(0, dash);
    }
}
