package io.ledgerlint.report.view;

import java.util.List;

/** The findings of one severity ({@code error}, {@code warning} or {@code info}), by rule family. */
public record FindingGroup(String severity, int count, List<FamilyGroup> families) {

    /** The findings of one rule family within a severity. */
    public record FamilyGroup(String family, List<FindingView> findings) {
    }
}
