package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.domain.table.StandardTable;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** DOC-UNIT-MEASURE: every 公开表 states its unit (万元 or 元), and all use the same one. */
final class UnitMeasureCheck implements Rule.Check {

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        List<TableView> tables = Arrays.stream(StandardTable.values()).flatMap(t -> context.printedTable(t.id()).stream()).toList();
        tables.stream().filter(t -> t.table().unit() == null || t.table().unit().isBlank())
                .forEach(t -> report(sink, t, "万元", "—"));
        Map<String, Long> units = tables.stream().map(t -> t.table().unit()).filter(u -> u != null && !u.isBlank())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        if (units.size() > 1) {
            String usual = units.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            tables.stream().filter(t -> t.table().unit() != null && !t.table().unit().isBlank()
                    && !t.table().unit().equals(usual)).forEach(t -> report(sink, t, usual, t.table().unit()));
        }
    }

    private static void report(FindingSink sink, TableView table, String expected, String actual) {
        sink.finding().at(Locations.part(table, null, "单位"))
                .param("table", Wording.table(table.id()))
                .param("found", "—".equals(actual) ? Phrase.of("未注明", "none") : Wording.quote(actual))
                .param("expected", Wording.quote(expected))
                .expected(expected).actual(actual).report();
    }
}
