package io.ledgerlint.domain.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.domain.text.Whitespace;
import java.util.List;
import java.util.regex.Pattern;

/** Where a standard table's header ends: at its 栏次 row, or, without one, before the first row holding a number. */
public final class HeaderRows {

    /** Header rows (the 栏次 row among them) are looked for among the first rows only. */
    static final int LIMIT = 6;
    private static final String LANCI = "栏次";
    private static final Pattern LANCI_NUMBER = Pattern.compile("\\d{1,2}");
    /** Fewer numbers than this, without the word 栏次, may be a body row's 行次 or amounts. */
    private static final int MIN_UNLABELLED_NUMBERS = 3;

    private HeaderRows() {
    }

    /**
     * Header rows of a standard table: up to and including its 栏次 row; a table without one (公开06表, or a template
     * printed without it) has as header the leading rows that hold no number (no code, no 行次, no amount).
     */
    public static int count(List<List<Cell>> rows) {
        int lanciRow = lanciRow(rows);
        if (lanciRow >= 0) {
            return lanciRow + 1;
        }
        int r = 0;
        while (r < Math.min(rows.size(), LIMIT) && !holdsNumber(rows.get(r))) {
            r++;
        }
        return r;
    }

    /** Index of the 栏次 row among the first {@link #LIMIT} rows, -1 when there is none. */
    static int lanciRow(List<List<Cell>> rows) {
        for (int r = 0; r < Math.min(rows.size(), LIMIT); r++) {
            if (isLanciRow(rows.get(r))) {
                return r;
            }
        }
        return -1;
    }

    /**
     * A 栏次 row: besides blanks, the word 栏次 (once per side, T01/T04) and ascending numbers; without the word (T09
     * prints only numbers) exactly 1, 2, 3 … with at least three of them.
     */
    public static boolean isLanciRow(List<Cell> row) {
        boolean labelled = false;
        int count = 0;
        int previous = 0;
        boolean consecutive = true;
        for (Cell cell : row) {
            String text = Whitespace.removed(cell.text());
            if (text.isEmpty()) {
                continue;
            }
            if (isLanciLabel(text)) {
                labelled = true;
                continue;
            }
            Integer number = lanciNumber(text);
            if (number == null || number <= previous) {
                return false;
            }
            consecutive &= number == previous + 1;
            previous = number;
            count++;
        }
        return labelled ? count > 0 : consecutive && count >= MIN_UNLABELLED_NUMBERS;
    }

    /** Whether a cell of the 栏次 row prints the word 栏次 (it heads a side's label columns). */
    static boolean isLanciLabel(String text) {
        return Whitespace.removed(text).equals(LANCI);
    }

    /** Whether a cell prints the word 栏次 at all, alone or run together with its neighbours' text. */
    static boolean mentionsLanci(String text) {
        return Whitespace.removed(text).contains(LANCI);
    }

    /** The 栏次 number a cell of the 栏次 row prints, null when it prints none. */
    public static Integer lanciNumber(String text) {
        String compact = Whitespace.removed(text);
        return LANCI_NUMBER.matcher(compact).matches() ? Integer.valueOf(compact) : null;
    }

    private static boolean holdsNumber(List<Cell> row) {
        return row.stream().anyMatch(cell -> Amounts.number(cell.text()).isPresent());
    }
}
