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
        return new TableView(table.id(), table.title(), table.unit(), table.page(),
                views(CellTexts.of(table.headerRows()), anchorPrefix + "h-", Map.of()),
                views(CellTexts.of(table.rows()), anchorPrefix, named));
    }

    /** The anchor of a body cell, e.g. {@code c-06-4-2}. */
    static String cellAnchor(String tableId, GridPosition position) {
        return cellAnchorPrefix(tableId) + position.row() + "-" + position.column();
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

    private static List<List<CellView>> views(List<List<String>> rows, String anchorPrefix,
            Map<GridPosition, List<FindingRef>> named) {
        List<List<CellView>> views = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            List<CellView> cells = new ArrayList<>();
            for (int column = 0; column < rows.get(row).size(); column++) {
                cells.add(new CellView(anchorPrefix + row + "-" + column, rows.get(row).get(column),
                        List.copyOf(named.getOrDefault(new GridPosition(row, column), List.of()))));
            }
            views.add(cells);
        }
        return views;
    }
}
