package io.ledgerlint.validate.identity;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.CellValue;
import io.ledgerlint.validate.table.TableRow;
import java.math.BigDecimal;

/**
 * One cell taking part in an identity, with a readable name for formulas (e.g. "公开01表 本年收入合计 c1"), how
 * messages name it ({@link Wording#cell}), the unit of its table and its location.
 *
 * @param subtracted whether the term enters a sum with a minus sign (T07: c6 = c1 + c2 − c3)
 */
public record Term(String name, Phrase place, String unit, CellValue value, Location location, boolean subtracted) {

    /** The cell of 栏次 {@code lanci} in {@code row}. */
    public static Term of(TableRow row, int lanci) {
        return new Term(tableName(row) + " " + row.displayName() + " c" + lanci, Wording.cell(row, lanci),
                Wording.unitOf(row.table()), row.value(lanci), row.location(lanci), false);
    }

    /** The single amount of {@code row} (T06). */
    public static Term amountOf(TableRow row) {
        return new Term(tableName(row) + " " + row.displayName(), Wording.amountCell(row), Wording.unitOf(row.table()),
                row.amount(), row.amountLocation(), false);
    }

    public Term negated() {
        return new Term(name, place, unit, value, location, !subtracted);
    }

    public BigDecimal amount() {
        return value.amount();
    }

    public BigDecimal signedAmount() {
        return subtracted ? value.amount().negate() : value.amount();
    }

    /** Whether the cell holds an amount (a number or a blank meaning 0); absent or textual cells cannot be checked. */
    public boolean checkable() {
        return value.isAmount();
    }

    private static String tableName(TableRow row) {
        return Wording.table(row.table().id()).in(Language.ZH);
    }
}
