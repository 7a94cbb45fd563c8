package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import java.util.List;

/** A single-table rule (rules.md §6.3): runs its checks when the table was extracted; a missing table is DOC's job. */
final class TableRule implements Rule {

    private final String id;
    private final String tableId;
    private final List<TableCheck> checks;

    TableRule(String id, String tableId, TableCheck... checks) {
        this.id = id;
        this.tableId = tableId;
        this.checks = List.of(checks);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        context.table(tableId).ifPresent(table -> checks.forEach(c -> c.check(table, context, sink)));
    }
}
