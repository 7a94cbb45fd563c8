package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.document.StandardTable;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableView;

/**
 * STRUCT-READ: says once per table that its cells could not be read reliably, and so were not checked. The rules that
 * judge amounts stay silent on such a table ({@link ValidationContext#table}); this finding is the one place a
 * reviewer learns why, instead of a cascade of errors built on a misread.
 */
final class ReadingRule implements Rule {

    @Override
    public String id() {
        return "STRUCT-READ";
    }

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (TableView table : context.unreliableTables()) {
            sink.finding()
                    .at(Location.cell(table.id(), null, null, table.table().page() > 0 ? table.table().page() : null,
                            null))
                    .param("table", name(table))
                    .report();
        }
    }

    private static Phrase name(TableView table) {
        return StandardTable.byId(table.id()).map(Wording::titledTable).orElseGet(() -> Wording.table(table));
    }
}
