package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.Optional;

/**
 * A cell named by table, row label (prefix, numbering ignored) and 栏次; {@code lanci} 0 means the row's single amount
 * (T06). {@code after} picks a 其中 row printed below another row with the same label (T04 年初 … 其中 政府性基金).
 */
record CellRef(String tableId, String label, int lanci, String after) {

    static CellRef of(String tableId, String label, int lanci) {
        return new CellRef(tableId, label, lanci, null);
    }

    static CellRef amount(String tableId, String label) {
        return new CellRef(tableId, label, 0, null);
    }

    CellRef below(String anchorLabel) {
        return new CellRef(tableId, label, lanci, anchorLabel);
    }

    Optional<Term> resolve(ValidationContext context) {
        return context.table(tableId).flatMap(this::row).map(r -> lanci == 0 ? Term.amountOf(r) : Term.of(r, lanci));
    }

    private Optional<TableRow> row(TableView table) {
        int anchorRow = after == null ? -1
                : table.find(r -> onSide(r) && r.label().startsWith(after)).map(TableRow::gridRow).orElse(Integer.MAX_VALUE);
        return table.find(r -> onSide(r) && r.gridRow() > anchorRow && r.label().startsWith(label));
    }

    private boolean onSide(TableRow row) {
        return lanci == 0 || row.block().hasLanci(lanci);
    }
}
