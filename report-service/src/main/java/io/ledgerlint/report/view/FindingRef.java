package io.ledgerlint.report.view;

/** A link back to a finding from the place it points at: its number (anchor {@code f<number>}), rule and severity. */
public record FindingRef(int number, String ruleId, String severity) {

    public String anchor() {
        return "f" + number;
    }
}
