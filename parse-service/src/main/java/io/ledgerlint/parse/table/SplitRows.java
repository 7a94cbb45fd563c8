package io.ledgerlint.parse.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.domain.text.Whitespace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row a page break cut in two, in a table printed without rules and without its header repeated: the page ends on
 * a label that prints no number ("十六、金融") and the next page begins with the rest of that label beside the row's
 * numbers ("支出 16 48 39.27"), a line no row starts with (no numbering, no code).
 */
final class SplitRows {

    private static final Pattern ROW_START = Pattern.compile(
            "^([一二三四五六七八九十百]+、|（[一二三四五六七八九十百\\d]+）|\\(\\d+\\)|\\d+[.、．]|其中|合计|总计|\\d{3,})");

    private SplitRows() {
    }

    /** Whether {@code next}, the first row on the next page, carries on {@code last}, the last row before the break. */
    static boolean continues(List<Cell> last, List<Cell> next) {
        boolean lastHasNumbers = last.stream().anyMatch(cell -> Amounts.number(cell.text()).isPresent());
        boolean nextHasNumbers = next.stream().anyMatch(cell -> Amounts.number(cell.text()).isPresent());
        if (lastHasNumbers || !nextHasNumbers) {
            return false;
        }
        for (int c = 0; c < Math.min(last.size(), next.size()); c++) {
            String before = last.get(c).text();
            String after = next.get(c).text();
            if (!before.isBlank() && !after.isBlank() && Amounts.number(after).isEmpty()) {
                return !ROW_START.matcher(Whitespace.removed(after)).find();
            }
        }
        return false;
    }

    /** The two halves as one row: texts joined as wrapped lines, the value read again. */
    static List<Cell> join(List<Cell> last, List<Cell> next) {
        List<Cell> joined = new ArrayList<>();
        for (int c = 0; c < Math.max(last.size(), next.size()); c++) {
            Cell before = c < last.size() ? last.get(c) : Cell.ofText("");
            Cell after = c < next.size() ? next.get(c) : Cell.ofText("");
            if (before.text().isBlank()) {
                joined.add(after);
            } else if (after.text().isBlank()) {
                joined.add(before);
            } else {
                String text = TextLines.joinWrapped(before.text(), after.text());
                joined.add(new Cell(text, Amounts.number(text).map(BigDecimal::toPlainString).orElse(null),
                        before.page(), before.box()));
            }
        }
        return joined;
    }
}
