package io.ledgerlint.validate.rules.table;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.document.EmptyTables;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableView;

/** T07/T08-EMPTY-NOTE: an empty table carries a 说明 such as "…故本表无数据". */
final class EmptyTableNote implements TableCheck {

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        if (EmptyTables.isEmpty(table) && !EmptyTables.hasExplanation(table)) {
            sink.finding()
                    .at(Location.cell(table.id(), null, null, table.table().page() > 0 ? table.table().page() : null, null))
                    .param("table", Wording.table(table.id()))
                    .report();
        }
    }

}
