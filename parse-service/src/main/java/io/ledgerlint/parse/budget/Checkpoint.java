package io.ledgerlint.parse.budget;

/**
 * A point between two units of work (a page) where a phase that charges no budget as it goes lets a spent wall-time
 * budget stop it: table finding and the narrative, whose cost per page the reading budgets already bound.
 */
@FunctionalInterface
public interface Checkpoint {

    /** For callers outside a document's parse (tests, benchmarks): never stops. */
    Checkpoint NONE = () -> { };

    /** Throws {@link BudgetExceeded} when the document may not go on. */
    void reached();
}
