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

/** T06: each 经济分类 类 row (301, 302 …) = Σ its 款 rows, wherever the column groups put them. */
final class EconomicClassSums implements TableCheck {

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        for (TableRow parent : table.codedRows()) {
            if (parent.level() != 1) {
                continue;
            }
            List<Term> children = table.childrenOf(parent).stream().map(Term::amountOf).toList();
            if (!children.isEmpty()) {
                IdentityChecks.sum(sink, new SumIdentity(Term.amountOf(parent), children), Map.of());
            }
        }
    }
}
