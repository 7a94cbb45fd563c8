package io.ledgerlint.validate.location;

import io.ledgerlint.contracts.events.FindingsProduced.CellAddress;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.List;

/**
 * The one place findings' wire locations are built. A cell or row of an extracted table is named twice: for people
 * (row code and label, column header) and for programs (its {@link CellAddress} on the extraction's grid, which the
 * report marks without searching for text). Pages the extraction does not know (0) travel as null.
 */
public final class Locations {

    private Locations() {
    }

    /** The cell of {@code row} in grid column {@code column}; {@code columnName} is how people name the column. */
    public static Location cell(TableRow row, int column, String columnName) {
        TableView table = row.table();
        Integer lanci = column < table.columns().size() ? table.columns().get(column).lanci() : null;
        return gridCell(table, new CellAddress(row.gridRow(), column, lanci, row.code()), row.displayName(),
                columnName);
    }

    /** The whole of {@code row}; {@code columnName} (may be null) says which part of it the finding is about. */
    public static Location row(TableRow row, String columnName) {
        return gridRow(row.table(), row.gridRow(), row.displayName(), columnName, row.code());
    }

    /** The whole grid row {@code gridRow} of a table read by position (the 绩效 forms), named {@code name}. */
    public static Location gridRow(TableView table, int gridRow, String name) {
        return gridRow(table, gridRow, name, null, null);
    }

    /** The cell at {@code gridRow}, {@code column} of a table read by position, named {@code name} for people. */
    public static Location gridCell(TableView table, int gridRow, int column, String name) {
        return gridCell(table, new CellAddress(gridRow, column, null, null), name, name);
    }

    /** A table as a whole (its reading, its notes, its emptiness). */
    public static Location table(TableView table) {
        return part(table, null, null);
    }

    /**
     * A printed part of a table that is not one grid cell: its 单位 or 部门 line, its 行次 column, a template row it
     * lacks. {@code row} and {@code column} may be null.
     */
    public static Location part(TableView table, String row, String column) {
        return Location.cell(table.id(), row, column, page(table.table().page()), null);
    }

    /** A standard table the document does not hold, or holds without the row {@code row} (may be null). */
    public static Location absent(String tableId, String row, int page) {
        return Location.cell(tableId, row, null, page(page), null);
    }

    /** A passage of the narrative: {@code sentence} (may be null) in the section {@code section}. */
    public static Location text(String section, String sentence, int page) {
        return Location.text(section, sentence, page(page));
    }

    private static Location gridCell(TableView table, CellAddress address, String rowName, String columnName) {
        Cell cell = cellAt(table, address.row(), address.column());
        return new Location(table.id(), null, rowName, columnName, null, pageOf(cell, table),
                cell == null ? null : cell.box(), address);
    }

    private static Location gridRow(TableView table, int gridRow, String name, String columnName, String code) {
        List<Cell> cells = gridRow < table.grid().size() ? table.grid().get(gridRow) : List.of();
        int page = cells.stream().mapToInt(Cell::page).filter(p -> p > 0).findFirst().orElse(table.table().page());
        return new Location(table.id(), null, name, columnName, null, page(page), null,
                CellAddress.ofRow(gridRow, code));
    }

    private static Cell cellAt(TableView table, int gridRow, int column) {
        List<Cell> cells = gridRow < table.grid().size() ? table.grid().get(gridRow) : List.of();
        return column < cells.size() ? cells.get(column) : null;
    }

    /** The cell's page, else the table's first. */
    private static Integer pageOf(Cell cell, TableView table) {
        return page(cell != null && cell.page() > 0 ? cell.page() : table.table().page());
    }

    /** 1-based page, or null when unknown (0 in the extraction). */
    private static Integer page(int page) {
        return page > 0 ? page : null;
    }
}
