package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.narrative.BudgetItem;
import io.ledgerlint.validate.table.Labels;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.ArrayList;
import java.util.List;

/**
 * A 五(三) item matched to the T05 rows it describes (rules.md §7.1): by 项 name within the item's 类 first, then by
 * amount; an amount equal to the sum of two same-named rows is a merge of both.
 *
 * @param rows       the matched rows (two for a merge), empty when nothing fits
 * @param exactName  whether a row has exactly the item's 项 name
 * @param amountFits whether the item's 决算 equals the matched rows' 决算 (c1) at 2 decimals
 */
record BudgetItemMatch(BudgetItem item, List<TableRow> rows, boolean exactName, boolean amountFits) {

    static List<BudgetItemMatch> all(ValidationContext context, List<BudgetItem> items) {
        List<BudgetItemMatch> out = new ArrayList<>();
        TableView t05 = context.table("05").orElse(null);
        if (t05 == null) {
            return out;
        }
        for (BudgetItem item : items) {
            if (item.actual() != null) {
                out.add(match(context, t05, item));
            }
        }
        return out;
    }

    private static BudgetItemMatch match(ValidationContext context, TableView t05, BudgetItem item) {
        String prefix = classCode(item.categoryName());
        List<TableRow> candidates = t05.leafRows().stream()
                .filter(r -> prefix == null || r.code().startsWith(prefix)).toList();
        String name = Labels.normalise(item.itemName());
        List<TableRow> named = candidates.stream().filter(r -> r.label().equals(name)).toList();
        for (TableRow row : named) {
            if (fits(row, item)) {
                return new BudgetItemMatch(item, List.of(row), true, true);
            }
        }
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                if (Tolerances.equality(named.get(i).value(1).amount().add(named.get(j).value(1).amount()),
                        item.actual()) != Tolerances.Equality.DIFFERENT) {
                    return new BudgetItemMatch(item, List.of(named.get(i), named.get(j)), true, false);
                }
            }
        }
        for (TableRow row : candidates) {
            if (fits(row, item)) {
                return new BudgetItemMatch(item, List.of(row), false, true);
            }
        }
        List<TableRow> similar = candidates.stream()
                .filter(r -> !name.isEmpty() && (r.label().endsWith(name) || name.endsWith(r.label()))).toList();
        if (named.size() == 1) {
            return new BudgetItemMatch(item, named, true, false);
        }
        return new BudgetItemMatch(item, similar.size() == 1 ? similar : List.of(), false, false);
    }

    private static boolean fits(TableRow row, BudgetItem item) {
        return Tolerances.equality(row.value(1).amount(), item.actual()) == Tolerances.Equality.EQUAL;
    }

    /** The 3-digit 类 code the item's 类 name denotes (rules.md §4.1), or null for an unknown name. */
    private static String classCode(String categoryName) {
        String name = StatedAmounts.className(categoryName);
        return FunctionClasses.CODES.entrySet().stream()
                .filter(e -> StatedAmounts.className(e.getValue()).equals(name))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    }
}
