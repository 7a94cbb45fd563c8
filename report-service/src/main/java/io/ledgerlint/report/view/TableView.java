package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.report.tables.CellTexts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table ready to render, with the cells that findings point at highlighted. A location names its cell by the row's
 * code or label (any cell text of the row) and the column's header text; when a header repeats (the side-by-side
 * 收入/支出 halves of 公开01表), the nearest matching column right of the row's key cell is meant.
 */
public record TableView(String id, String title, String unit, int page, List<List<CellView>> headerRows,
        List<List<CellView>> rows) {

    public static TableView of(Table table, List<Location> locations) {
        List<List<String>> header = CellTexts.of(table.headerRows());
        List<List<String>> body = CellTexts.of(table.rows());
        Set<GridPosition> highlighted = new HashSet<>();
        locations.stream()
                .filter(location -> Objects.equals(location.table(), table.id()))
                .forEach(location -> highlighted.addAll(positionsOf(location, header, body)));
        return new TableView(table.id(), table.title(), table.unit(), table.page(), views(header, Set.of()),
                views(body, highlighted));
    }

    private record GridPosition(int row, int column) {
    }

    private static List<GridPosition> positionsOf(Location location, List<List<String>> header,
            List<List<String>> body) {
        List<GridPosition> positions = new ArrayList<>();
        if (location.row() == null) {
            return positions;
        }
        String rowKey = location.row().strip();
        for (int row = 0; row < body.size(); row++) {
            int keyColumn = body.get(row).indexOf(rowKey);
            if (keyColumn < 0) {
                continue;
            }
            int column = columnOf(location.column(), header, keyColumn);
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
    private static int columnOf(String name, List<List<String>> header, int keyColumn) {
        if (name == null) {
            return -1;
        }
        String wanted = name.strip();
        int first = -1;
        int width = header.stream().mapToInt(List::size).max().orElse(0);
        for (int column = 0; column < width; column++) {
            if (!titles(header, column).contains(wanted)) {
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

    private static Set<String> titles(List<List<String>> header, int column) {
        Set<String> titles = new HashSet<>();
        for (List<String> row : header) {
            if (column < row.size()) {
                titles.add(row.get(column));
            }
        }
        return titles;
    }

    private static List<List<CellView>> views(List<List<String>> rows, Set<GridPosition> highlighted) {
        List<List<CellView>> views = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            List<CellView> cells = new ArrayList<>();
            for (int column = 0; column < rows.get(row).size(); column++) {
                cells.add(new CellView(rows.get(row).get(column),
                        highlighted.contains(new GridPosition(row, column))));
            }
            views.add(cells);
        }
        return views;
    }
}
