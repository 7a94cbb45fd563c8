package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.SumIdentity;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every row of the block holding 栏次 {@code total}: c[total] = ± c[…] (T02 c1 = c2+…+c7, T07 c6 = c1+c2−c3 …).
 * A 栏次 the template does not print is left out; a row too short for a printed 栏次 is STRUCT-COLS' finding.
 */
final class RowSums implements TableCheck {

    private final int total;
    private final List<Column> summands;

    RowSums(int total, Column... summands) {
        this.total = total;
        this.summands = List.of(summands);
    }

    static RowSums of(int total, int... summands) {
        return new RowSums(total, Arrays.stream(summands).mapToObj(Column::plus).toArray(Column[]::new));
    }

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        if (table.columnOf(total).isEmpty()) {
            return;
        }
        for (TableRow row : table.rows()) {
            if (!row.block().hasLanci(total)) {
                continue;
            }
            List<Term> terms = summands.stream()
                    .filter(c -> table.columnOf(c.lanci()).isPresent())
                    .map(c -> c.subtracted() ? Term.of(row, c.lanci()).negated() : Term.of(row, c.lanci()))
                    .toList();
            IdentityChecks.sum(sink, new SumIdentity(Term.of(row, total), terms),
                    Map.of("code", row.displayName(), "row", row.displayName()));
        }
    }
}
