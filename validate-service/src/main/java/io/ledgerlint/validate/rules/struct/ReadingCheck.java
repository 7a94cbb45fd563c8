package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.domain.table.StandardTable;
import io.ledgerlint.validate.document.TableMentions;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableView;
import java.util.List;

/**
 * STRUCT-READ: says once per table that its cells could not be read reliably, and so were not checked, with what the
 * parser found doubtful; and once per standard table the text names but no table was found for. The rules that judge
 * amounts stay silent on such a table ({@link ValidationContext#table}); this finding is the one place a reviewer
 * learns why, instead of a cascade of errors built on a misread.
 */
final class ReadingCheck implements Rule.Check {

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (TableView table : context.unreliableTables()) {
            List<String> doubts = table.table().quality() == null || table.table().quality().doubts() == null
                    ? List.of() : table.table().quality().doubts();
            sink.finding()
                    .at(Locations.table(table))
                    .param("table", name(table))
                    .actual(doubts.isEmpty() ? table.table().quality().method() : String.join("; ", doubts))
                    .report();
        }
        for (StandardTable standard : StandardTable.values()) {
            if (context.printedTable(standard.id()).isEmpty()) {
                TableMentions.page(context.pages(), standard).ifPresent(page -> sink.finding()
                        .at(Locations.absent(standard.id(), null, page))
                        .param("table", Wording.titledTable(standard))
                        .actual("no table found under the caption")
                        .report());
            }
        }
    }

    private static Phrase name(TableView table) {
        return StandardTable.byId(table.id()).map(Wording::titledTable).orElseGet(() -> Wording.table(table));
    }
}
