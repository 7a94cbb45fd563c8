package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.table.Labels;
import io.ledgerlint.validate.table.TableView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * STRUCT-ROWNUM: within each side of a table (T01/T04 收入 | 支出) the 行次 are numbers, unique and increasing. Gaps
 * are legitimate: a template printed with its unused rows hidden keeps the numbers of the rows it shows. 行次 are read
 * from the table's 行次 columns rather than from its rows, because blank filler rows carry a 行次 and nothing else.
 */
final class LineNumbersRule implements Rule {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    @Override
    public String id() {
        return "STRUCT-ROWNUM";
    }

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (TableView table : StandardTables.of(context)) {
            for (int column : lineNumberColumns(table)) {
                List<String> problems = problems(table, column);
                if (!problems.isEmpty()) {
                    sink.finding()
                            .at(StandardTables.at(table, null, "行次"))
                            .param("table", StandardTables.label(table)).param("detail", String.join("；", problems))
                            .actual(String.join("；", problems))
                            .report();
                }
            }
        }
    }

    private static List<Integer> lineNumberColumns(TableView table) {
        return table.columns().stream().filter(c -> c.role() == ColumnRole.ROW_NUMBER).map(Column::index).toList();
    }

    /** Repeated, decreasing or non-numeric 行次 in the column, in reading order. */
    private static List<String> problems(TableView table, int column) {
        List<String> problems = new ArrayList<>();
        Integer previous = null;
        for (int r = table.bodyStart(); r < table.grid().size(); r++) {
            List<Cell> row = table.grid().get(r);
            String text = column < row.size() ? Labels.normalise(row.get(column).text()) : "";
            if (text.isEmpty()) {
                continue;
            }
            if (!NUMBER.matcher(text).matches()) {
                problems.add("“" + text + "”不是行次");
                continue;
            }
            int number = Integer.parseInt(text);
            if (previous != null && number <= previous) {
                problems.add(number == previous ? "行次" + number + "重复" : "行次" + number + "在" + previous + "之后");
            }
            previous = previous == null ? number : Math.max(previous, number);
        }
        return problems;
    }
}
