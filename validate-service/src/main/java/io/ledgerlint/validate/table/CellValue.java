package io.ledgerlint.validate.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.domain.table.Amounts;
import java.math.BigDecimal;

/**
 * The content of one grid position as an amount. A position the row does not have at all is {@link Kind#ABSENT}
 * (never an implicit 0, rules.md §8.8); blank, "-" and "无" are {@link Kind#BLANK} and count as 0.
 *
 * @param cell the underlying cell, null when absent
 */
public record CellValue(Cell cell, Kind kind, BigDecimal number) {

    /** What the position holds. */
    public enum Kind { ABSENT, BLANK, NUMBER, TEXT }

    static CellValue absent() {
        return new CellValue(null, Kind.ABSENT, null);
    }

    static CellValue of(Cell cell) {
        if (cell == null) {
            return absent();
        }
        if (cell.value() != null && !cell.value().isBlank()) {
            return Amounts.number(cell.value())
                    .map(n -> new CellValue(cell, Kind.NUMBER, n))
                    .orElseGet(() -> fromText(cell));
        }
        return fromText(cell);
    }

    /** Read from the printed text, with the reader parse-service stamps values with (extractions without values). */
    private static CellValue fromText(Cell cell) {
        if (Amounts.isBlank(cell.text())) {
            return new CellValue(cell, Kind.BLANK, BigDecimal.ZERO);
        }
        return Amounts.number(cell.text())
                .map(n -> new CellValue(cell, Kind.NUMBER, n))
                .orElseGet(() -> new CellValue(cell, Kind.TEXT, null));
    }

    /** The amount; 0 for blank, absent and non-numeric positions (check {@link #isAmount()} where that matters). */
    public BigDecimal amount() {
        return number == null ? BigDecimal.ZERO : number;
    }

    /** A printed number or a blank meaning 0. */
    public boolean isAmount() {
        return kind == Kind.NUMBER || kind == Kind.BLANK;
    }

    public boolean isZero() {
        return amount().signum() == 0;
    }

    public String text() {
        return cell == null ? "" : cell.text();
    }

    public int page() {
        return cell == null ? 0 : cell.page();
    }

    public double[] box() {
        return cell == null ? null : cell.box();
    }
}
