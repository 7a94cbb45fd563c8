package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.document.EmptyTables;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableView;

/** T07/T08-EMPTY-NOTE: an empty table carries a 说明 such as "…故本表无数据". */
final class EmptyTableNote implements TableCheck {

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        if (EmptyTables.isEmpty(table) && !EmptyTables.hasExplanation(table)) {
            sink.finding()
                    .at(Locations.table(table))
                    .param("table", Wording.table(table.id()))
                    .report();
        }
    }

}
