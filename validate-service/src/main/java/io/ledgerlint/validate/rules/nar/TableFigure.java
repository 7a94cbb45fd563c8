package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.table.CellValue;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A table cell a narrative figure restates: its value and where it is printed. */
public record TableFigure(String description, BigDecimal value, Location location) {

    public static Optional<TableFigure> cell(ValidationContext context, String table, String rowLabel, int lanci) {
        return context.table(table).flatMap(t -> t.rowInColumn(lanci, rowLabel))
                .flatMap(r -> of(table + " " + r.displayName() + " c" + lanci, r.value(lanci), r.location(lanci)));
    }

    public static Optional<TableFigure> codeCell(ValidationContext context, String table, String code, int lanci) {
        return context.table(table).flatMap(t -> t.rowByCode(code))
                .flatMap(r -> of(table + " " + r.displayName() + " c" + lanci, r.value(lanci), r.location(lanci)));
    }

    /** The single-amount row of T06 (人员经费合计, 公用经费合计 or a 经济分类 code). */
    public static Optional<TableFigure> detail(ValidationContext context, String labelOrCode) {
        Optional<TableView> t06 = context.table("06");
        Optional<TableRow> row = t06.flatMap(t -> t.rowByCode(labelOrCode).or(() -> t.row(labelOrCode)));
        return row.flatMap(r -> of("06 " + r.displayName(), r.amount(), r.amountLocation()));
    }

    /** T09's data row: the first body row with amounts. */
    public static Optional<TableFigure> threePublic(ValidationContext context, int lanci) {
        return context.table("09").flatMap(t -> t.rows().stream()
                        .filter(r -> t.lanciNumbers().stream().anyMatch(n -> r.value(n).kind() == CellValue.Kind.NUMBER))
                        .findFirst())
                .flatMap(r -> of("09 c" + lanci, r.value(lanci), r.location(lanci)));
    }

    public static Optional<TableFigure> row(TableRow row, int lanci) {
        return of(row.table().id() + " " + row.displayName() + " c" + lanci, row.value(lanci), row.location(lanci));
    }

    private static Optional<TableFigure> of(String description, CellValue value, Location location) {
        return value.isAmount() ? Optional.of(new TableFigure(description, value.amount(), location)) : Optional.empty();
    }

    /** The 类 rows of T04's 支出 block (the block holding 栏次 3). */
    static List<TableRow> classRows(ValidationContext context) {
        return context.table("04").map(t -> t.rows().stream()
                .filter(r -> r.block().hasLanci(3) && r.label().endsWith("支出") && !r.label().contains("合计"))
                .toList()).orElse(List.of());
    }
}
