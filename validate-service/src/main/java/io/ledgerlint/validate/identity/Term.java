package io.ledgerlint.validate.identity;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.CellValue;
import io.ledgerlint.validate.table.TableRow;
import java.math.BigDecimal;

/**
 * One cell taking part in an identity: the cell of 栏次 {@code lanci} in {@code row}, or the row's single amount
 * (T06) when {@code lanci} is null. Its readable name for formulas (e.g. "公开01表 本年收入合计 c1"), how
 * messages name it ({@link Wording#cell}), its table's unit and its location are worded only when a finding asks:
 * nearly every identity holds.
 *
 * @param subtracted whether the term enters a sum with a minus sign (T07: c6 = c1 + c2 − c3)
 */
public record Term(TableRow row, Integer lanci, CellValue value, boolean subtracted) {

    /** The cell of 栏次 {@code lanci} in {@code row}. */
    public static Term of(TableRow row, int lanci) {
        return new Term(row, lanci, row.value(lanci), false);
    }

    /** The single amount of {@code row} (T06). */
    public static Term amountOf(TableRow row) {
        return new Term(row, null, row.amount(), false);
    }

    public Term negated() {
        return new Term(row, lanci, value, !subtracted);
    }

    public String name() {
        String cell = Wording.table(row.table().id()).in(Language.ZH) + " " + row.displayName();
        return lanci == null ? cell : cell + " c" + lanci;
    }

    public Phrase place() {
        return lanci == null ? Wording.amountCell(row) : Wording.cell(row, lanci);
    }

    public String unit() {
        return Wording.unitOf(row.table());
    }

    public Location location() {
        return lanci == null ? row.amountLocation() : row.location(lanci);
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
}
