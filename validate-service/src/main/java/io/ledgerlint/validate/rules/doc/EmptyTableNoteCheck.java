package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.domain.table.StandardTable;
import io.ledgerlint.validate.document.EmptyTables;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import java.util.Set;

/**
 * DOC-EMPTY-TABLE-NOTE: an empty 公开表 says why. T07 and T08 are left to T07/T08-EMPTY-NOTE, which check the same
 * thing for them, so that one omission is reported once.
 */
final class EmptyTableNoteCheck implements Rule.Check {

    private static final Set<String> OWN_RULE = Set.of("07", "08");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (StandardTable standard : StandardTable.values()) {
            if (OWN_RULE.contains(standard.id())) {
                continue;
            }
            context.table(standard.id())
                    .filter(t -> !t.rows().isEmpty() && EmptyTables.isEmpty(t) && !EmptyTables.hasExplanation(t))
                    .ifPresent(t -> sink.finding()
                            .at(Locations.table(t))
                            .param("table", Wording.table(standard.id()))
                            .report());
        }
    }
}
