package io.ledgerlint.report.findings;

import java.util.Locale;

/** Finding severities, most serious first; {@link #code()} is the lower-case form used on the wire. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
