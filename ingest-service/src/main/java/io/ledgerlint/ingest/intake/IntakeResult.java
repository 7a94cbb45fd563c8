package io.ledgerlint.ingest.intake;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.ErrorCode;

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
    record Rejected(ErrorCode code, DocumentFailed event) implements IntakeResult {
        @Override
        public String documentId() {
            return event.documentId();
        }
    }
}
