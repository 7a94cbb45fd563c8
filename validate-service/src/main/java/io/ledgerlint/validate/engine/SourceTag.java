package io.ledgerlint.validate.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a rule holds (rules.md §2): official, recalled official, definitional or inferred. */
public enum SourceTag {
    OFFICIAL("O"), OFFICIAL_UNVERIFIED("O?"), DEFINITIONAL("D"), INFERRED("I");

    private final String tag;

    SourceTag(String tag) {
        this.tag = tag;
    }

    @JsonValue
    public String tag() {
        return tag;
    }

    @JsonCreator
    public static SourceTag fromTag(String tag) {
        for (SourceTag value : values()) {
            if (value.tag.equals(tag)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown source tag " + tag + " (expected O, O?, D or I)");
    }
}
