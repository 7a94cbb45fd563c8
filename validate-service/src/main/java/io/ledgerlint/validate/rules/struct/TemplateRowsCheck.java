package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.validate.classification.FunctionalClasses;
import io.ledgerlint.validate.document.DocumentFacts;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * STRUCT-TEMPLATE-ROWS: T06 prints every 款 of the year's 经济分类 (a missing row hides money, see T06-CLASS-SUM), and a
 * T01/T04 in the long template prints all 26 类 lines. The short template lists only some 类 and is not judged; a
 * 支出 side with at least {@link #LONG_TEMPLATE_MIN} of the 26 lines is taken to be the long one.
 */
final class TemplateRowsCheck implements Rule.Check {

    /** The 类 lines of the long T01/T04 template, in printed order (rules.md §4.1). */
    private static final List<String> LONG_TEMPLATE = List.of("201", "202", "203", "204", "205", "206", "207", "208",
            "210", "211", "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "229",
            "231", "232", "234");
    private static final int LONG_TEMPLATE_MIN = 20;
    /** 栏次 of the 支出 side's first column in T01 and T04. */
    private static final int EXPENSE_LANCI = 2;

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        context.table("06").ifPresent(table -> checkEconomicItems(context, table, sink));
        for (String id : List.of("01", "04")) {
            context.table(id).ifPresent(table -> checkClassLines(table, sink));
        }
    }

    private static void checkEconomicItems(ValidationContext context, TableView table, FindingSink sink) {
        Set<String> printed = table.codedRows().stream().map(TableRow::code).collect(Collectors.toSet());
        if (printed.isEmpty()) {
            return;
        }
        OptionalInt year = DocumentFacts.of(context).year();
        if (year.isEmpty()) {
            return;
        }
        ClassificationCodes.forYear(year.getAsInt())
                .ifPresent(codes -> codes.economicItems().stream()
                        .filter(item -> !printed.contains(item.code()))
                        .forEach(item -> report(sink, table, item.code(), item.name())));
    }

    private static void checkClassLines(TableView table, FindingSink sink) {
        Optional<TableRow> subtotal = table.rowInColumn(EXPENSE_LANCI, "本年支出合计");
        Set<String> printed = table.rows().stream()
                .filter(r -> r.block().hasLanci(EXPENSE_LANCI) && !r.label().isEmpty())
                .filter(r -> subtotal.isEmpty() || r.gridRow() < subtotal.get().gridRow())
                .flatMap(r -> FunctionalClasses.codeOf(r.label()).stream())
                .collect(Collectors.toSet());
        if (printed.stream().filter(LONG_TEMPLATE::contains).count() < LONG_TEMPLATE_MIN) {
            return;
        }
        LONG_TEMPLATE.stream().filter(code -> !printed.contains(code))
                .forEach(code -> report(sink, table, code, FunctionalClasses.nameOf(code).orElse("")));
    }

    private static void report(FindingSink sink, TableView table, String code, String name) {
        sink.finding()
                .at(Locations.part(table, code + " " + name, null))
                .param("table", Wording.table(table.id())).param("row", Wording.row(code, name))
                .expected(code + " " + name)
                .report();
    }
}
