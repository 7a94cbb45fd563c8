package io.ledgerlint.parse.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.domain.table.Amounts;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a table read from text alignment holds in each column what the column's header says: amounts under an
 * amount header, names under a name header. A column cut in the wrong place shows up here as names among amounts or
 * amounts among names.
 */
final class ColumnContents {

    /** More than this share of a column's filled cells contradicting its role makes the reading doubtful. */
    private static final double TOLERATED = 0.2;

    private ColumnContents() {
    }

    static List<String> contradictions(List<List<Cell>> body, List<Column> columns) {
        List<String> doubts = new ArrayList<>();
        for (Column column : columns) {
            int filled = 0;
            int contrary = 0;
            for (List<Cell> row : body) {
                String text = column.index() < row.size() ? row.get(column.index()).text() : "";
                if (Amounts.isBlank(text)) {
                    continue;
                }
                filled++;
                boolean number = Amounts.number(text).isPresent();
                if (column.role() == ColumnRole.AMOUNT && !number || column.role() == ColumnRole.LABEL && number) {
                    contrary++;
                }
            }
            if (filled > 0 && contrary > TOLERATED * filled) {
                doubts.add("column %d, a %s column, holds %d of %d cells that are %s".formatted(column.index() + 1,
                        column.role().name().toLowerCase(), contrary, filled,
                        column.role() == ColumnRole.AMOUNT ? "not amounts" : "amounts"));
            }
        }
        return doubts;
    }
}
