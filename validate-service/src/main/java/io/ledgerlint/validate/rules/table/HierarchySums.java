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

/** In hierarchical 功能分类 tables: each 类 row = Σ its 款 rows, each 款 row = Σ its 项 rows, for every 栏次. */
final class HierarchySums implements TableCheck {

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        for (TableRow parent : table.codedRows()) {
            List<TableRow> children = table.childrenOf(parent);
            if (children.isEmpty()) {
                continue;
            }
            for (int lanci : table.lanciNumbers()) {
                List<Term> terms = children.stream().map(r -> Term.of(r, lanci)).toList();
                IdentityChecks.sum(sink, new SumIdentity(Term.of(parent, lanci), terms), Map.of());
            }
        }
    }
}
