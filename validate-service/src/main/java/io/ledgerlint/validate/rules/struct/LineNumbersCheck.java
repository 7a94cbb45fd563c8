package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
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
final class LineNumbersCheck implements Rule.Check {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (TableView table : StandardTables.of(context)) {
            for (int column : lineNumberColumns(table)) {
                List<Phrase> problems = problems(table, column);
                if (!problems.isEmpty()) {
                    String zh = String.join("；", problems.stream().map(p -> p.in(Language.ZH)).toList());
                    sink.finding()
                            .at(Locations.part(table, null, "行次"))
                            .param("table", Wording.table(table.id()))
                            .param("detail", Phrase.of(zh,
                                    String.join("; ", problems.stream().map(p -> p.in(Language.EN)).toList())))
                            .actual(zh)
                            .report();
                }
            }
        }
    }

    private static List<Integer> lineNumberColumns(TableView table) {
        return table.columns().stream().filter(c -> c.role() == ColumnRole.ROW_NUMBER).map(Column::index).toList();
    }

    /** Repeated, decreasing or non-numeric 行次 in the column, in reading order. */
    private static List<Phrase> problems(TableView table, int column) {
        List<Phrase> problems = new ArrayList<>();
        Integer previous = null;
        for (int r = table.bodyStart(); r < table.grid().size(); r++) {
            List<Cell> row = table.grid().get(r);
            String text = column < row.size() ? Labels.normalise(row.get(column).text()) : "";
            if (text.isEmpty()) {
                continue;
            }
            if (!NUMBER.matcher(text).matches()) {
                problems.add(Phrase.of("“" + text + "”不是行次", "\"" + text + "\" is not a line number"));
                continue;
            }
            int number = Integer.parseInt(text);
            if (previous != null && number <= previous) {
                problems.add(number == previous
                        ? Phrase.of("行次" + number + "重复", "line number " + number + " is repeated")
                        : Phrase.of("行次" + number + "在" + previous + "之后", "line number " + number + " follows " + previous));
            }
            previous = previous == null ? number : Math.max(previous, number);
        }
        return problems;
    }
}
