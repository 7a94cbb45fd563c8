package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.CellValue;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * STRUCT-PRECISION: amounts (万元) carry at most 2 decimals; only carry-over amounts (结转/结余 rows or columns, 结余分配)
 * may be negative; no cell exceeds the T01 总计, which bounds every figure of the document (error).
 */
final class PrecisionCheck implements Rule.Check {

    private static final int MAX_DECIMALS = 2;
    /** Two printings of one amount may differ by one cent (rules.md §3.2 rule 2). */
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        Optional<BigDecimal> grandTotal = context.table("01").flatMap(t -> t.rowInColumn(1, "总计"))
                .map(r -> r.value(1)).filter(v -> v.kind() == CellValue.Kind.NUMBER).map(CellValue::amount);
        for (TableView table : StandardTables.of(context)) {
            for (TableRow row : table.rows()) {
                if (table.hasLanci()) {
                    for (int lanci : row.block().lanciNumbers()) {
                        check(sink, row, row.value(lanci), table.columnName(lanci), () -> Wording.cell(row, lanci),
                                () -> row.location(lanci), grandTotal);
                    }
                } else {
                    check(sink, row, row.amount(), "", () -> Wording.amountCell(row), row::amountLocation, grandTotal);
                }
            }
        }
    }

    /** The cell's wording and location are built only for a finding: nearly every cell passes. */
    private static void check(FindingSink sink, TableRow row, CellValue value, String columnName, Supplier<Phrase> cell,
                              Supplier<Location> location, Optional<BigDecimal> grandTotal) {
        if (value.kind() != CellValue.Kind.NUMBER) {
            return;
        }
        BigDecimal amount = value.amount();
        FindingSink.Builder finding = sink.finding();
        Phrase requirement;
        if (grandTotal.isPresent() && amount.compareTo(grandTotal.get().add(CENT)) > 0) {
            finding.severity(Severity.ERROR).expected("≤ 公开01表总计 " + grandTotal.get().toPlainString());
            Phrase total = Wording.amount(grandTotal.get());
            requirement = Phrase.of("不超过公开01表总计" + total.in(Language.ZH),
                    "at most the Table 01 grand total of " + total.in(Language.EN));
        } else if (Amounts.decimals(value.text()) > MAX_DECIMALS) {
            finding.expected("≤ " + MAX_DECIMALS + "位小数");
            requirement = Phrase.of("不超过" + MAX_DECIMALS + "位小数", "at most " + MAX_DECIMALS + " decimals");
        } else if (amount.signum() < 0 && !isCarryOver(row.label()) && !isCarryOver(columnName)) {
            finding.expected("≥ 0");
            requirement = Phrase.of("不为负数（只有结转结余可为负）", "not negative (only carry-overs may be)");
        } else {
            return;
        }
        finding.at(location.get())
                .param("cell", cell.get())
                .param("value", Wording.quote(value.text()))
                .param("requirement", requirement)
                .actual(value.text())
                .report();
    }

    private static boolean isCarryOver(String label) {
        return label.contains("结转") || label.contains("结余");
    }
}
