package io.ledgerlint.parse.budget;

/**
 * A document spent one of its budgets: parsing it stops. Unchecked, because it is thrown from inside PDFBox's
 * content stream engine, which swallows some {@link java.io.IOException}s (a failing {@code Do} operator among them).
 */
public final class BudgetExceeded extends RuntimeException {

    private final Budget budget;
    private final long limit;

    public BudgetExceeded(Budget budget, long limit) {
        super("the document exceeds the " + budget.code() + " budget of " + limit, null, false, false);
        this.budget = budget;
        this.limit = limit;
    }

    public Budget budget() {
        return budget;
    }

    public long limit() {
        return limit;
    }
}
