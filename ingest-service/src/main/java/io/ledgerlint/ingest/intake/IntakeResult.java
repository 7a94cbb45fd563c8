package io.ledgerlint.ingest.intake;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;

/** The outcome of taking in one file: the event to announce, either way. */
public sealed interface IntakeResult {

    String documentId();

    /** The file is a readable PDF and now lives in the blob store. */
    record Accepted(DocumentReceived event) implements IntakeResult {
        @Override
        public String documentId() {
            return event.documentId();
        }
    }

    /** The file cannot be checked; nothing was stored. */
    record Rejected(RejectionCode code, DocumentFailed event) implements IntakeResult {
        @Override
        public String documentId() {
            return event.documentId();
        }
    }
}
