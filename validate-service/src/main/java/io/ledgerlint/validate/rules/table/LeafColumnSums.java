package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.SumIdentity;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.List;
import java.util.Map;

/** r[合计] = Σ leaf rows, for every 栏次 (rules.md §3.1: parents are left to the HIER rules). */
final class LeafColumnSums implements TableCheck {

    private static final Phrase DETAIL_ROWS = Phrase.of("各明细科目行之和", "the sum of the detail rows");

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        TableRow total = table.row("合计").orElse(null);
        List<TableRow> leaves = table.leafRows();
        if (total == null || leaves.isEmpty()) {
            return;
        }
        for (int lanci : table.lanciNumbers()) {
            List<Term> terms = leaves.stream().map(r -> Term.of(r, lanci)).toList();
            IdentityChecks.sum(sink, new SumIdentity(Term.of(total, lanci), terms), Map.of("parts", DETAIL_ROWS));
        }
    }
}
