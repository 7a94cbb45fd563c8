package io.ledgerlint.parse.budget;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much one document may spend while it is parsed ({@link Budget}); each limit is inclusive. The defaults are at
 * least ten times what the largest corpus document uses (README, "Budgets").
 */
public record Budgets(Map<Budget, Long> limits) {

    public static final Budgets DEFAULT = new Budgets(Map.of(
            Budget.OPERATORS, 10_000_000L,
            Budget.GLYPHS, 250_000L,
            Budget.PATH_SEGMENTS, 250_000L,
            Budget.XOBJECT_DEPTH, 8L,
            Budget.XOBJECT_INVOCATIONS, 50_000L,
            Budget.FONT_WIDTHS, 100_000L,
            Budget.CMAP_ENTRIES, 50_000L,
            Budget.DECODED_STREAM_BYTES, 200_000_000L,
            Budget.WALL_TIME_MILLIS, Duration.ofSeconds(60).toMillis()));

    public Budgets {
        Map<Budget, Long> copy = new EnumMap<>(Budget.class);
        copy.putAll(limits);
        for (Budget budget : Budget.values()) {
            Long limit = copy.get(budget);
            if (limit == null || limit < 1) {
                throw new IllegalArgumentException("the " + budget.code() + " budget must be positive");
            }
        }
        limits = Map.copyOf(copy);
    }

    public long limit(Budget budget) {
        return limits.get(budget);
    }

    /** These budgets with {@code budget} set to {@code limit}. */
    public Budgets with(Budget budget, long limit) {
        Map<Budget, Long> changed = new EnumMap<>(limits);
        changed.put(budget, limit);
        return new Budgets(changed);
    }
}
