package io.ledgerlint.report.pages;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.report.view.CellLocator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to outline on one page for a finding: the boxes its locations carry, and the boxes of the table cells its
 * locations address (a validator may address a cell without knowing where it was printed; the extraction knows).
 */
public final class HighlightBoxes {

    private HighlightBoxes() {
    }

    public static List<PageBox> of(Finding finding, List<Table> tables, int page) {
        Set<PageBox> boxes = new LinkedHashSet<>();
        List<Location> locations = finding.locations() == null ? List.of() : finding.locations();
        for (Location location : locations) {
            if (location == null) {
                continue;
            }
            if (location.box() != null && (location.page() == null || location.page() == page)) {
                boxes.add(PageBox.of(location.box()));
            }
            if (location.table() != null) {
                tables.stream().filter(table -> location.table().equals(table.id())).findFirst()
                        .ifPresent(table -> boxes.addAll(addressedCellBoxes(table, location, page)));
            }
        }
        boxes.remove(null);
        return List.copyOf(boxes);
    }

    private static List<PageBox> addressedCellBoxes(Table table, Location location, int page) {
        return new CellLocator(table).cellsOf(location).stream()
                .filter(cell -> cell.page() == page)
                .map(cell -> PageBox.of(cell.box()))
                .toList();
    }
}
