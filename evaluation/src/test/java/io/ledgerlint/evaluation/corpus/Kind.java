package io.ledgerlint.evaluation.corpus;

import java.util.Arrays;

/** What a document is for the evaluation: a real corpus document, or one of the three kinds of variant. */
public enum Kind {

    /** A real published document of the corpus. */
    ORIGINAL("original"),
    /** The same content typeset differently: tests the extraction. */
    LAYOUT("layout"),
    /** One error injected into its source: caught when a finding it must raise is matched. */
    ERROR_TWIN("error-twin"),
    /** A change its source's findings must not notice: any finding its source does not expect is a false alarm. */
    NEUTRAL_TWIN("neutral-twin");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The name variant.json uses. */
    public String label() {
        return label;
    }

    static Kind ofLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind != ORIGINAL && kind.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown variant kind: " + label));
    }
}
