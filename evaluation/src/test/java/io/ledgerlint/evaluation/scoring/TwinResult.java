package io.ledgerlint.evaluation.scoring;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import java.util.List;

/** How a twin fared: whether the product noticed the injected error, or what it reported that it should not have. */
public sealed interface TwinResult {

    /**
     * @param injected the counted expected findings the injected error must raise
     * @param matched  those matched by one of our findings
     */
    record ErrorTwin(List<String> injected, List<String> matched) implements TwinResult {

        /** The error is noticed when any finding it must raise is reported; recall counts the others. */
        public boolean caught() {
            return !matched.isEmpty();
        }
    }

    /** @param falseAlarms our error/warning findings that match none of the source's expected findings */
    record NeutralTwin(List<Finding> falseAlarms) implements TwinResult {
    }
}
