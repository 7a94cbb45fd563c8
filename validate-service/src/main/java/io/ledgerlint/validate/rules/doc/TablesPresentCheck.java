package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.domain.table.StandardTable;
import io.ledgerlint.validate.document.TableMentions;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;

/**
 * DOC-TABLES-PRESENT: all of 公开01表–公开09表 are present. A table the text names but the extraction did not find is
 * printed, not missing: STRUCT-READ says it could not be read.
 */
final class TablesPresentCheck implements Rule.Check {

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (StandardTable table : StandardTable.values()) {
            if (context.printedTable(table.id()).isEmpty()
                    && TableMentions.page(context.pages(), table).isEmpty()) {
                sink.finding()
                        .at(Locations.absent(table.id(), null, 0))
                        .param("table", Wording.titledTable(table))
                        .expected(table.marker() + " " + table.title())
                        .report();
            }
        }
    }
}
