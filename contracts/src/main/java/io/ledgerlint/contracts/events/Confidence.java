package io.ledgerlint.contracts.events;

import java.util.Locale;

/**
 * How sure a finding is, surest first: low-confidence findings are hints for a human, not counted as defects. On the
 * wire ({@link FindingsProduced.Finding#confidence()}) it is the lower-case name.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Confidence fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
