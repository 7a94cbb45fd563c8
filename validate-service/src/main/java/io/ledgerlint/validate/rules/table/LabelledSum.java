package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.SumIdentity;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A total row = the rows named by label prefixes, on the same side (总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余).
 * Prefixes tolerate the template's wording variants ("使用非财政拨款结余（含专用结余）"); a row the template does not
 * print contributes nothing.
 */
final class LabelledSum implements TableCheck {

    private final String totalLabel;
    private final List<String> summandPrefixes;
    private final int[] lanci;

    LabelledSum(String totalLabel, List<String> summandPrefixes, int... lanci) {
        this.totalLabel = totalLabel;
        this.summandPrefixes = summandPrefixes;
        this.lanci = lanci;
    }

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        for (int column : lanci) {
            Optional<TableRow> total = table.rowInColumn(column, totalLabel);
            if (total.isEmpty()) {
                continue;
            }
            List<Term> terms = new ArrayList<>();
            for (String prefix : summandPrefixes) {
                table.find(r -> r.block() == total.get().block() && r.label().startsWith(prefix))
                        .ifPresent(r -> terms.add(Term.of(r, column)));
            }
            IdentityChecks.sum(sink, new SumIdentity(Term.of(total.get(), column), terms), Map.of());
        }
    }
}
