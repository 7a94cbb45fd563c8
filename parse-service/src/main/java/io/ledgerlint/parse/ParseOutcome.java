package io.ledgerlint.parse;

import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.parse.budget.Budget;

/**
 * What parsing one document gave: its extraction, the reason the input cannot be used (REJECTED), or the budget it
 * spent before it could be read (FAILED {@code resource-limit}).
 */
public sealed interface ParseOutcome {

    record Parsed(TablesExtracted extraction) implements ParseOutcome {
    }

    record Rejected(ErrorCode errorCode, String message) implements ParseOutcome {
    }

    record OverBudget(Budget budget, long limit, String message) implements ParseOutcome {
    }
}
