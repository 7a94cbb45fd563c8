package io.ledgerlint.report.feed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Which changes one feed request returns and where the next one starts. Changes are read in the window
 * ({@code since}, {@code horizon}): the horizon is the start of the oldest database transaction still open, so every
 * change not yet committed will carry a time at or after it and no cursor below it can skip one. A page never splits
 * changes that share one instant: with more than {@code limit} changes the page ends at the instant of the
 * {@code limit}-th, inclusive.
 *
 * @param upTo      inclusive upper bound of the page's changes
 * @param hasMore   whether changes after {@code upTo} are already ready
 * @param next      the cursor for the following request
 */
public record ChangeWindow(Instant upTo, boolean hasMore, Instant next) {

    /**
     * @param firstTimes the change times after {@code since} and before {@code horizon}, ascending, at most
     *                   {@code limit + 1} of them
     */
    public static ChangeWindow of(Instant since, Instant horizon, int limit, List<Instant> firstTimes) {
        if (firstTimes.size() > limit) {
            Instant last = firstTimes.get(limit - 1);
            return new ChangeWindow(last, true, last);
        }
        // Everything before the horizon is in this page; later changes are at or after it.
        Instant justBeforeHorizon = horizon.minus(1, ChronoUnit.MICROS);
        Instant next = justBeforeHorizon.isAfter(since) ? justBeforeHorizon : since;
        return new ChangeWindow(justBeforeHorizon, false, next);
    }
}
