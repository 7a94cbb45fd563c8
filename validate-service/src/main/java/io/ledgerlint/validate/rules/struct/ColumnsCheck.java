package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.Quality;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.Labels;
import io.ledgerlint.validate.table.TableView;
import java.util.List;

/**
 * STRUCT-COLS: every body row has a cell in each amount column the header defines (a missing cell is never an implicit
 * 0, rules.md §8.8). T09 always has 12: six 预算数 and six 决算数 columns, so a header that defines fewer shows up in
 * its data row. Not judged on a table read from text alignment without a printed 栏次 row, whose column count is a
 * guess.
 */
final class ColumnsCheck implements Rule.Check {

    private static final int THREE_PUBLIC_COLUMNS = 12;

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (TableView table : StandardTables.of(context)) {
            if (columnsOnlyInferred(table)) {
                continue;
            }
            List<Integer> columns = table.blocks().stream().flatMap(b -> b.amountColumns().stream()).toList();
            int expected = table.id().equals("09") ? THREE_PUBLIC_COLUMNS : columns.size();
            for (int r = table.bodyStart(); r < table.grid().size(); r++) {
                List<Cell> row = table.grid().get(r);
                if (isBlankOrNote(row)) {
                    continue;
                }
                long present = columns.stream().filter(c -> c < row.size()).count();
                if (present < expected) {
                    report(sink.finding(), table, r, present, expected);
                }
            }
        }
    }

    /**
     * A table read from text alignment without a printed 栏次 row: how many columns it has is the reading's guess (an
     * empty column without a header leaves no trace), so a short row says nothing about the print.
     */
    private static boolean columnsOnlyInferred(TableView table) {
        Quality quality = table.table().quality();
        return quality != null && "stream".equals(quality.method()) && (table.table().columns() == null
                || table.table().columns().stream().noneMatch(Column::lanciPrinted));
    }

    /** An empty grid row, or a 注/说明 line the extractor kept inside the grid: neither is a data row. */
    private static boolean isBlankOrNote(List<Cell> row) {
        List<String> texts = row.stream().filter(c -> c.text() != null && !c.text().isBlank())
                .map(c -> Labels.normalise(c.text())).filter(t -> !t.isEmpty()).toList();
        return texts.isEmpty() || texts.size() == 1 && (texts.get(0).startsWith("注") || texts.get(0).startsWith("说明"));
    }

    private static void report(FindingSink.Builder finding, TableView table, int gridRow, long present, int expected) {
        int printedRow = gridRow - table.bodyStart() + 1;
        Phrase row = table.rowsInGridRow(gridRow).stream().filter(r -> !r.displayName().isEmpty())
                .findFirst().map(Wording::rowName)
                .orElseGet(() -> Phrase.of("正文第" + printedRow + "行", "body row " + printedRow));
        finding.at(Locations.gridRow(table, gridRow, "第" + printedRow + "行"))
                .param("table", Wording.table(table.id())).param("row", row)
                .param("found", Wording.count(present, "个", "data cell", "data cells"))
                .param("expected", Wording.count(expected, "个", "data cell", "data cells"))
                .expected(expected).actual(present)
                .report();
    }
}
