package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.Map;
import java.util.Optional;

/** The 收入 and 支出 sides of T01/T04 end in the same 总计. */
final class SidesBalance implements TableCheck {

    private final String label;
    private final int incomeLanci;
    private final int expenseLanci;

    SidesBalance(String label, int incomeLanci, int expenseLanci) {
        this.label = label;
        this.incomeLanci = incomeLanci;
        this.expenseLanci = expenseLanci;
    }

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        Optional<TableRow> income = table.rowInColumn(incomeLanci, label);
        Optional<TableRow> expense = table.rowInColumn(expenseLanci, label);
        if (income.isPresent() && expense.isPresent()) {
            IdentityChecks.equal(sink, Term.of(income.get(), incomeLanci), Term.of(expense.get(), expenseLanci), Map.of());
        }
    }
}
