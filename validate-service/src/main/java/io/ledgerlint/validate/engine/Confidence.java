package io.ledgerlint.validate.engine;

import java.util.Locale;

/** How sure a finding is: low-confidence findings are hints for a human, not counted as defects. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
