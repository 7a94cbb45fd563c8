package io.ledgerlint.contracts.events;

/** Life cycle of a document. VALIDATED, FAILED and REJECTED are terminal. */
public enum DocumentStatus {
    RECEIVED, PARSED, VALIDATED, FAILED, REJECTED;

    public boolean isTerminal() {
        return this == VALIDATED || this == FAILED || this == REJECTED;
    }
}
