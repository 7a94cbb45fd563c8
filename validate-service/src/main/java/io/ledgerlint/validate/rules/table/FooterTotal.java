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
import java.util.function.Predicate;

/** T06 footers: 人员经费合计 = 301 + 303; 公用经费合计 = the other 类 rows (302, 307, 310, 399 and any other printed). */
final class FooterTotal implements TableCheck {

    private final String label;
    private final Predicate<String> classCodes;

    FooterTotal(String label, Predicate<String> classCodes) {
        this.label = label;
        this.classCodes = classCodes;
    }

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        table.row(label).ifPresent(total -> {
            List<TableRow> classes = table.codedRows().stream()
                    .filter(r -> r.level() == 1 && classCodes.test(r.code())).toList();
            if (classes.isEmpty()) {
                return;
            }
            IdentityChecks.sum(sink, new SumIdentity(Term.amountOf(total), classes.stream().map(Term::amountOf).toList()),
                    Map.of());
        });
    }
}
