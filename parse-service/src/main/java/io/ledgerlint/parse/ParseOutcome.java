package io.ledgerlint.parse;

import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.TablesExtracted;

/** What parsing one document gave: its extraction, or the reason the input cannot be used. */
public sealed interface ParseOutcome {

    record Parsed(TablesExtracted extraction) implements ParseOutcome {
    }

    record Rejected(ErrorCode errorCode, String message) implements ParseOutcome {
    }
}
