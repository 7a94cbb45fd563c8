package io.ledgerlint.contracts.events;

import java.util.Locale;

/**
 * How bad a finding is (rules.md §3.3), most serious first. On the wire ({@link FindingsProduced.Finding#severity()},
 * the rule catalogue, the report's API) it is the lower-case name.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
