package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.classification.FunctionalClasses;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Row look-ups shared by the cross-table rules. */
final class Tables {

    private Tables() {
    }

    /** The first row on the side of 栏次 {@code lanci} whose label starts with {@code prefix}. */
    static Optional<TableRow> row(ValidationContext context, String tableId, int lanci, String prefix) {
        return context.table(tableId).flatMap(t -> t.find(r -> r.block().hasLanci(lanci) && r.label().startsWith(prefix)));
    }

    /** The 类 lines of a T01/T04 支出 side (those above 本年支出合计) by 类 code. */
    static Map<String, TableRow> classRows(TableView table, int lanci) {
        Optional<TableRow> subtotal = table.rowInColumn(lanci, "本年支出合计");
        Map<String, TableRow> rows = new LinkedHashMap<>();
        table.rows().stream()
                .filter(r -> r.block().hasLanci(lanci) && !r.label().isEmpty())
                .filter(r -> subtotal.isEmpty() || r.gridRow() < subtotal.get().gridRow())
                .forEach(r -> FunctionalClasses.codeOf(r.label()).ifPresent(code -> rows.putIfAbsent(code, r)));
        return rows;
    }

    /** The leaf rows of a 功能分类 table grouped by 类 (first 3 digits of the code). */
    static Map<String, List<TableRow>> leavesByClass(TableView table) {
        return table.leafRows().stream().collect(Collectors.groupingBy(r -> r.code().substring(0, 3),
                LinkedHashMap::new, Collectors.toList()));
    }

    /** The one data row of T09 (the first row with an amount in c7). */
    static Optional<TableRow> threePublicRow(ValidationContext context) {
        return context.table("09").flatMap(t -> t.find(r -> r.value(7).isAmount() && !r.value(7).text().isBlank()));
    }
}
