package io.ledgerlint.report.feed;

import java.time.Instant;
import java.util.List;

/**
 * A page of the findings feed, oldest change first.
 *
 * @param next    the {@code since} of the following request; never skips a change that is not yet visible
 * @param hasMore true when more changes are ready now (ask again at once with {@code next})
 */
public record FindingChanges(Instant since, Instant next, boolean hasMore, List<FindingChange> changes) {
}
