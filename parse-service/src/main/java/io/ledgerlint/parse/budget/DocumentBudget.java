package io.ledgerlint.parse.budget;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one document has spent so far, charged where the work happens: the content stream engine counts operators,
 * glyphs, path segments and XObjects as it meets them, and font and stream sizes before PDFBox builds anything from
 * them. The first charge over a limit throws {@link BudgetExceeded}. For one document on one thread.
 */
public final class DocumentBudget {

    /** Operators between two looks at the clock: {@code System.nanoTime()} is cheap, not free. */
    private static final int CLOCK_EVERY_OPERATORS = 1024;

    /** Limits and amounts spent, indexed by {@link Budget#ordinal()}: charged per glyph, so no boxing. */
    private final long[] limits = new long[Budget.values().length];
    private final long[] spent = new long[Budget.values().length];
    private final long startNanos;
    private final long deadlineNanos;
    private int xobjectDepth;

    public DocumentBudget(Budgets budgets) {
        for (Budget budget : Budget.values()) {
            limits[budget.ordinal()] = budgets.limit(budget);
        }
        this.startNanos = System.nanoTime();
        this.deadlineNanos = startNanos + budgets.limit(Budget.WALL_TIME_MILLIS) * 1_000_000;
    }

    /** One operator interpreted; now and then, the clock. */
    public void operator() {
        charge(Budget.OPERATORS, 1);
        if (spent[Budget.OPERATORS.ordinal()] % CLOCK_EVERY_OPERATORS == 0) {
            checkDeadline();
        }
    }

    public void glyph() {
        charge(Budget.GLYPHS, 1);
    }

    public void pathSegments(int count) {
        charge(Budget.PATH_SEGMENTS, count);
    }

    public void decodedBytes(long count) {
        charge(Budget.DECODED_STREAM_BYTES, count);
    }

    /** A form XObject is about to be drawn; {@link #leaveXObject()} once it is. */
    public void enterXObject() {
        charge(Budget.XOBJECT_INVOCATIONS, 1);
        xobjectDepth++;
        atMost(Budget.XOBJECT_DEPTH, xobjectDepth);
    }

    public void leaveXObject() {
        xobjectDepth--;
    }

    /** One font's width entries: a size, not a running total. */
    public void fontWidths(long entries) {
        atMost(Budget.FONT_WIDTHS, entries);
    }

    /** One font CMap's entries: a size, not a running total. */
    public void cmapEntries(long entries) {
        atMost(Budget.CMAP_ENTRIES, entries);
    }

    public void checkDeadline() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new BudgetExceeded(Budget.WALL_TIME_MILLIS, limits[Budget.WALL_TIME_MILLIS.ordinal()]);
        }
    }

    /** How much of each budget the document has used so far (of a size budget: its largest). */
    public Map<Budget, Long> used() {
        Map<Budget, Long> used = new EnumMap<>(Budget.class);
        for (Budget budget : Budget.values()) {
            used.put(budget, spent[budget.ordinal()]);
        }
        used.put(Budget.WALL_TIME_MILLIS, (System.nanoTime() - startNanos) / 1_000_000);
        return used;
    }

    public long limit(Budget budget) {
        return limits[budget.ordinal()];
    }

    /** What is left of {@code budget} before it is exceeded. */
    public long remaining(Budget budget) {
        return limits[budget.ordinal()] - spent[budget.ordinal()];
    }

    private void charge(Budget budget, long amount) {
        int index = budget.ordinal();
        spent[index] += amount;
        if (spent[index] > limits[index]) {
            throw new BudgetExceeded(budget, limits[index]);
        }
    }

    private void atMost(Budget budget, long size) {
        int index = budget.ordinal();
        if (size > limits[index]) {
            throw new BudgetExceeded(budget, limits[index]);
        }
        spent[index] = Math.max(spent[index], size);
    }
}
