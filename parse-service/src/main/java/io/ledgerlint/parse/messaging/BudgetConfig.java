package io.ledgerlint.parse.messaging;

import io.ledgerlint.parse.budget.Budget;
import io.ledgerlint.parse.budget.Budgets;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Map;

/** {@code ledgerlint.parse.budget.*}: what one document may spend while it is parsed (defaults in application.properties). */
@ConfigMapping(prefix = "ledgerlint.parse.budget")
public interface BudgetConfig {

    long operators();

    long glyphs();

    long pathSegments();

    long xobjectDepth();

    long xobjectInvocations();

    long fontWidths();

    long cmapEntries();

    long decodedStreamBytes();

    Duration wallTime();

    default Budgets budgets() {
        return new Budgets(Map.of(
                Budget.OPERATORS, operators(),
                Budget.GLYPHS, glyphs(),
                Budget.PATH_SEGMENTS, pathSegments(),
                Budget.XOBJECT_DEPTH, xobjectDepth(),
                Budget.XOBJECT_INVOCATIONS, xobjectInvocations(),
                Budget.FONT_WIDTHS, fontWidths(),
                Budget.CMAP_ENTRIES, cmapEntries(),
                Budget.DECODED_STREAM_BYTES, decodedStreamBytes(),
                Budget.WALL_TIME_MILLIS, wallTime().toMillis()));
    }
}
