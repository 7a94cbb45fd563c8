package io.ledgerlint.validate.document;

import io.ledgerlint.validate.table.CellValue;
import io.ledgerlint.validate.table.Labels;
import io.ledgerlint.validate.table.TableView;
import java.util.regex.Pattern;

/** Whether a table's numeric body is empty, and whether a 说明 explains why (rules.md §6.1 DOC-EMPTY-TABLE-NOTE). */
public final class EmptyTables {

    private static final Pattern EXPLANATION = Pattern.compile("无数据|没有.{0,30}(?:收入|支出)|未.{0,10}(?:收入|支出|安排)|空表");

    private EmptyTables() {
    }

    /** Every amount cell of the body is blank, 0, "-" or 无. */
    public static boolean isEmpty(TableView table) {
        return table.bodyAmounts().stream().allMatch(CellValue::isZero);
    }

    /** A 注/说明 below the table (or text in the body, where some layouts put it) says why the table is empty. */
    public static boolean hasExplanation(TableView table) {
        if (table.table().notes() != null
                && table.table().notes().stream().anyMatch(n -> EXPLANATION.matcher(Labels.normalise(n)).find())) {
            return true;
        }
        return table.grid().stream().flatMap(java.util.List::stream)
                .anyMatch(c -> EXPLANATION.matcher(Labels.normalise(c.text())).find());
    }
}
