package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.List;
import java.util.Optional;

/**
 * STRUCT-CODE-ORDER: within each block, coded rows ascend. Comparing codes as digit strings puts a 类 before its 款 and
 * a 款 before its 项 (201 &lt; 20103 &lt; 2010301 &lt; 20104), so flat and hierarchical tables are checked alike and a
 * row out of its 类 group breaks the order too. One finding per table, at the first row out of order.
 */
final class CodeOrderCheck implements Rule.Check {

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (TableView table : StandardTables.of(context)) {
            outOfOrder(table).ifPresent(pair -> sink.finding()
                    .at(Locations.row(pair.get(1), null))
                    .param("table", Wording.table(table.id()))
                    .param("row", Wording.rowName(pair.get(1))).param("previous", Wording.rowName(pair.get(0)))
                    .expected("> " + pair.get(0).code()).actual(pair.get(1).code())
                    .report());
        }
    }

    /** The first two consecutive coded rows of one block whose codes do not ascend. */
    private static Optional<List<TableRow>> outOfOrder(TableView table) {
        for (TableView.Block block : table.blocks()) {
            List<TableRow> rows = table.codedRows().stream().filter(r -> r.block().equals(block)).toList();
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i).code().compareTo(rows.get(i - 1).code()) <= 0) {
                    return Optional.of(List.of(rows.get(i - 1), rows.get(i)));
                }
            }
        }
        return Optional.empty();
    }
}
