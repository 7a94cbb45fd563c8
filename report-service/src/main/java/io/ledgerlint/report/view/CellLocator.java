package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.report.tables.CellTexts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the body cells a finding's location names. A location names its cell by the row's code or label (any cell text
 * of the row) and the column's header text; when a header repeats (the side-by-side 收入/支出 halves of 公开01表), the
 * nearest matching column right of the row's key cell is meant; an unknown column names the whole row. Texts are
 * compared without whitespace: PDF text extraction cannot tell "项 目" from "项目".
 */
public final class CellLocator {

    /** 0-based position in a table's body rows. */
    public record GridPosition(int row, int column) {
    }

    private final String tableId;
    private final List<List<String>> header;
    private final List<List<String>> body;

    public CellLocator(Table table) {
        this.tableId = table.id();
        this.header = compact(CellTexts.of(table.headerRows()));
        this.body = compact(CellTexts.of(table.rows()));
    }

    /** The body cells {@code location} names in this table; empty for other tables and narrative locations. */
    public List<GridPosition> positionsOf(Location location) {
        List<GridPosition> positions = new ArrayList<>();
        if (!Objects.equals(location.table(), tableId) || location.row() == null) {
            return positions;
        }
        String rowKey = Whitespace.removed(location.row());
        for (int row = 0; row < body.size(); row++) {
            int keyColumn = body.get(row).indexOf(rowKey);
            if (keyColumn < 0) {
                continue;
            }
            int column = columnOf(location.column(), keyColumn);
            if (column >= 0) {
                positions.add(new GridPosition(row, column));
            } else {
                for (int c = 0; c < body.get(row).size(); c++) {
                    positions.add(new GridPosition(row, c));
                }
            }
        }
        return positions;
    }

    /** The header column titled {@code name} nearest right of {@code keyColumn}, else the first one; -1 if none. */
    private int columnOf(String name, int keyColumn) {
        if (name == null) {
            return -1;
        }
        String wanted = Whitespace.removed(name);
        int first = -1;
        int width = header.stream().mapToInt(List::size).max().orElse(0);
        for (int column = 0; column < width; column++) {
            if (!titles(column).contains(wanted)) {
                continue;
            }
            if (column > keyColumn) {
                return column;
            }
            if (first < 0) {
                first = column;
            }
        }
        return first;
    }

    private Set<String> titles(int column) {
        Set<String> titles = new HashSet<>();
        for (List<String> row : header) {
            if (column < row.size()) {
                titles.add(row.get(column));
            }
        }
        return titles;
    }

    private static List<List<String>> compact(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(Whitespace::removed).toList()).toList();
    }
}
