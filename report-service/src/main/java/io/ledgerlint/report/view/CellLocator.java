package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.FindingsProduced.CellAddress;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The cells a finding's location addresses in one table. The address is the position on the grid parse-service
 * extracted (header rows, then body rows) and validate-service stamped on the location: nothing is searched by text,
 * so a location without an address (a narrative passage, a whole table, a row the table does not hold) marks nothing.
 */
public final class CellLocator {

    /** 0-based position on the table's grid: its header rows followed by its body rows. */
    public record GridPosition(int row, int column) {
    }

    private final String tableId;
    private final List<List<Cell>> grid;

    public CellLocator(Table table) {
        this.tableId = table.id();
        List<List<Cell>> rows = new ArrayList<>();
        if (table.headerRows() != null) {
            rows.addAll(table.headerRows());
        }
        if (table.rows() != null) {
            rows.addAll(table.rows());
        }
        this.grid = rows;
    }

    /** The grid positions {@code location} addresses in this table: one cell, or every cell of an addressed row. */
    public List<GridPosition> positionsOf(Location location) {
        CellAddress address = location.address();
        if (address == null || !tableId.equals(location.table()) || address.row() < 0
                || address.row() >= grid.size()) {
            return List.of();
        }
        int width = grid.get(address.row()).size();
        if (address.column() == null) {
            return IntStream.range(0, width).mapToObj(column -> new GridPosition(address.row(), column)).toList();
        }
        return address.column() >= 0 && address.column() < width
                ? List.of(new GridPosition(address.row(), address.column())) : List.of();
    }

    /** The extracted cells {@code location} addresses, with their pages and boxes. */
    public List<Cell> cellsOf(Location location) {
        return positionsOf(location).stream().map(p -> grid.get(p.row()).get(p.column())).toList();
    }
}
