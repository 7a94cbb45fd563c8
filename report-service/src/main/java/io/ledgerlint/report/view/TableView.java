package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.report.tables.CellTexts;
import io.ledgerlint.report.view.CellLocator.GridPosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A table ready to render, each cell named by a finding marked with (and linked to) those findings. */
public record TableView(String id, String title, String unit, int page, List<List<CellView>> headerRows,
        List<List<CellView>> rows) {

    private static final Comparator<FindingRef> MOST_SERIOUS_FIRST = Comparator
            .comparing((FindingRef ref) -> Severity.fromWireName(ref.severity()))
            .thenComparingInt(FindingRef::number);

    public static TableView of(Table table, List<LocatedFinding> findings) {
        Map<GridPosition, List<FindingRef>> named = namedCells(table, findings);
        String anchorPrefix = cellAnchorPrefix(table.id());
        List<List<String>> header = CellTexts.of(table.headerRows());
        return new TableView(table.id(), table.title(), table.unit(), table.page(),
                views(header, 0, anchorPrefix + "h-", named),
                views(CellTexts.of(table.rows()), header.size(), anchorPrefix, named));
    }

    /** The anchor of a cell: {@code c-06-4-2} for body row 4, column 2; {@code c-06-h-0-2} in the header. */
    static String cellAnchor(Table table, GridPosition position) {
        int headerRows = table.headerRows() == null ? 0 : table.headerRows().size();
        return position.row() < headerRows
                ? cellAnchorPrefix(table.id()) + "h-" + position.row() + "-" + position.column()
                : cellAnchorPrefix(table.id()) + (position.row() - headerRows) + "-" + position.column();
    }

    static Map<GridPosition, List<FindingRef>> namedCells(Table table, List<LocatedFinding> findings) {
        CellLocator locator = new CellLocator(table);
        Map<GridPosition, List<FindingRef>> named = new HashMap<>();
        for (LocatedFinding finding : findings) {
            for (GridPosition position : locator.positionsOf(finding.location())) {
                List<FindingRef> refs = named.computeIfAbsent(position, p -> new ArrayList<>());
                if (!refs.contains(finding.ref())) {
                    refs.add(finding.ref());
                }
            }
        }
        named.values().forEach(refs -> refs.sort(MOST_SERIOUS_FIRST));
        return named;
    }

    private static String cellAnchorPrefix(String tableId) {
        return "c-" + (tableId == null ? "" : tableId.replaceAll("[^A-Za-z0-9_-]", "_")) + "-";
    }

    /** {@code firstGridRow}: where {@code rows} start on the table's grid, which findings' positions count on. */
    private static List<List<CellView>> views(List<List<String>> rows, int firstGridRow, String anchorPrefix,
            Map<GridPosition, List<FindingRef>> named) {
        List<List<CellView>> views = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            List<CellView> cells = new ArrayList<>();
            for (int column = 0; column < rows.get(row).size(); column++) {
                cells.add(new CellView(anchorPrefix + row + "-" + column, rows.get(row).get(column),
                        List.copyOf(named.getOrDefault(new GridPosition(firstGridRow + row, column), List.of()))));
            }
            views.add(cells);
        }
        return views;
    }
}
