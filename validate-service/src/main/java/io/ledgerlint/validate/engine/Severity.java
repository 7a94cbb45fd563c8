package io.ledgerlint.validate.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** How bad a finding is (rules.md §3.3). The wire form is the lower-case name. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
