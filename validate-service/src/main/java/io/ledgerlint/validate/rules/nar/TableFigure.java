package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.CellValue;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A table cell a narrative figure restates: its value, where it is printed, how messages name it ({@link Wording#cell})
 * and the unit of its table.
 */
public record TableFigure(String description, Phrase place, String unit, BigDecimal value, Location location) {

    public static Optional<TableFigure> cell(ValidationContext context, String table, String rowLabel, int lanci) {
        return context.table(table).flatMap(t -> t.rowInColumn(lanci, rowLabel)).flatMap(r -> row(r, lanci));
    }

    public static Optional<TableFigure> codeCell(ValidationContext context, String table, String code, int lanci) {
        return context.table(table).flatMap(t -> t.rowByCode(code)).flatMap(r -> row(r, lanci));
    }

    /** The single-amount row of T06 (人员经费合计, 公用经费合计 or a 经济分类 code). */
    public static Optional<TableFigure> detail(ValidationContext context, String labelOrCode) {
        Optional<TableView> t06 = context.table("06");
        Optional<TableRow> row = t06.flatMap(t -> t.rowByCode(labelOrCode).or(() -> t.row(labelOrCode)));
        return row.flatMap(r -> of("06 " + r.displayName(), Wording.amountCell(r), r, r.amount(), r.amountLocation()));
    }

    /** T09's data row: the first body row with amounts. */
    public static Optional<TableFigure> threePublic(ValidationContext context, int lanci) {
        return context.table("09").flatMap(t -> t.rows().stream()
                        .filter(r -> t.lanciNumbers().stream().anyMatch(n -> r.value(n).kind() == CellValue.Kind.NUMBER))
                        .findFirst())
                .flatMap(r -> of("09 c" + lanci, Wording.cell(r, lanci), r, r.value(lanci), r.location(lanci)));
    }

    public static Optional<TableFigure> row(TableRow row, int lanci) {
        return of(row.table().id() + " " + row.displayName() + " c" + lanci, Wording.cell(row, lanci), row,
                row.value(lanci), row.location(lanci));
    }

    private static Optional<TableFigure> of(String description, Phrase place, TableRow row, CellValue value,
                                            Location location) {
        return value.isAmount()
                ? Optional.of(new TableFigure(description, place, Wording.unitOf(row.table()), value.amount(), location))
                : Optional.empty();
    }

    /** The figure's amount in its table's unit, worded for a message. */
    public Phrase amount() {
        return Wording.amount(value, unit);
    }

    /** The 类 rows of T04's 支出 block (the block holding 栏次 3). */
    static List<TableRow> classRows(ValidationContext context) {
        return context.table("04").map(t -> t.rows().stream()
                .filter(r -> r.block().hasLanci(3) && r.label().endsWith("支出") && !r.label().contains("合计"))
                .toList()).orElse(List.of());
    }
}
