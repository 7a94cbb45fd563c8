package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.SumIdentity;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.List;
import java.util.Map;

/** A row = Σ its 其中 rows, i.e. the labelled rows printed between it and {@code endLabel} on the same side. */
final class RowsBetween implements TableCheck {

    private final String totalLabel;
    private final String endLabel;
    private final int lanci;

    RowsBetween(String totalLabel, String endLabel, int lanci) {
        this.totalLabel = totalLabel;
        this.endLabel = endLabel;
        this.lanci = lanci;
    }

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        TableRow total = table.rowInColumn(lanci, totalLabel).orElse(null);
        TableRow end = table.rowInColumn(lanci, endLabel).orElse(null);
        if (total == null || end == null) {
            return;
        }
        List<Term> parts = table.rows().stream()
                .filter(r -> r.block() == total.block() && r.gridRow() > total.gridRow() && r.gridRow() < end.gridRow()
                        && !r.label().isEmpty())
                .map(r -> Term.of(r, lanci))
                .toList();
        if (!parts.isEmpty()) {
            IdentityChecks.sum(sink, new SumIdentity(Term.of(total, lanci), parts), Map.of());
        }
    }
}
