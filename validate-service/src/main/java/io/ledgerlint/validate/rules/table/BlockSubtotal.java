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

/**
 * A subtotal row of a T01/T04 side = Σ the labelled rows printed above it on that side (本年收入合计 = 一 … 八;
 * 本年支出合计 = the 类 rows). Positional on purpose: the 类 lines differ between the short and the long template.
 */
final class BlockSubtotal implements TableCheck {

    private final String totalLabel;
    private final int[] lanci;

    BlockSubtotal(String totalLabel, int... lanci) {
        this.totalLabel = totalLabel;
        this.lanci = lanci;
    }

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        for (int column : lanci) {
            table.rowInColumn(column, totalLabel).ifPresent(total -> {
                List<Term> terms = table.rows().stream()
                        .filter(r -> r.block() == total.block() && r.gridRow() < total.gridRow() && !r.label().isEmpty())
                        .map(r -> Term.of(r, column))
                        .toList();
                IdentityChecks.sum(sink, new SumIdentity(Term.of(total, column), terms), Map.of());
            });
        }
    }
}
