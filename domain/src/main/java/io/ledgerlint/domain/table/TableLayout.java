package io.ledgerlint.domain.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.contracts.events.TablesExtracted.Merge;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.text.Whitespace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A table's structure read by meaning: where its body starts and what each column holds (label, code, 行次, amount …,
 * its 栏次 number and header path). parse-service decides it once and stamps it on the event; validate-service reads
 * it from there, and classifies only tables from producers that did not stamp it, with this same code.
 *
 * <p>栏次: in every standard template that prints a 栏次 row, the 栏次 numbers are exactly the amount columns numbered
 * left to right across the whole table (T01: 决算数 of 收入 is c1, of 支出 c2). A table printed without its 栏次 row
 * gets them inferred that way; 公开06表, whose template has none, gets none.
 *
 * @param bodyStart index of the first body row in the grid (header rows followed by body rows)
 * @param columns   one per grid column, left to right
 */
public record TableLayout(int bodyStart, List<Column> columns) {

    /** The quality warning of a table whose 栏次 were inferred. */
    public static final String LANCI_INFERRED = "栏次 inferred: no 栏次 row printed, amount columns numbered left to right";

    public TableLayout {
        columns = List.copyOf(columns);
    }

    /**
     * The layout of an extracted table: the columns it carries, its body below its header rows; classified here when
     * the producer sent no columns.
     */
    public static TableLayout of(Table table) {
        List<List<Cell>> headerRows = orEmpty(table.headerRows());
        if (table.columns() != null) {
            return new TableLayout(headerRows.size(), table.columns());
        }
        List<List<Cell>> grid = new ArrayList<>(headerRows);
        grid.addAll(orEmpty(table.rows()));
        return classify(table.id(), grid, headerRows.size(), orEmpty(table.merges()));
    }

    /**
     * Classifies the columns of a grid whose first {@code headerRowCount} rows are header. A 栏次 row among the first
     * rows ends the header even when it was handed over as a body row, as earlier producers did.
     *
     * @param tableId the table's id (the standard ones decide whether 栏次 may be inferred)
     * @param merges  merged cells on the grid: a merged header cell heads every column it spans
     */
    public static TableLayout classify(String tableId, List<List<Cell>> grid, int headerRowCount, List<Merge> merges) {
        int lanciRow = HeaderRows.lanciRow(grid);
        int bodyStart = Math.min(grid.size(), Math.max(headerRowCount, lanciRow + 1));
        int width = width(bodyStart > 0 ? grid.subList(0, bodyStart) : grid);
        List<ColumnRole> roles = new ArrayList<>();
        List<List<String>> headers = new ArrayList<>();
        // only a merge starting in the header covers a header row: the body's merges (as many as its rows) stay out
        List<Merge> headerMerges = merges.stream().filter(merge -> merge.row() < bodyStart).toList();
        for (int c = 0; c < width; c++) {
            List<String> header = headerPath(grid, bodyStart, lanciRow, headerMerges, c);
            headers.add(header);
            roles.add(ColumnRoles.of(ColumnRoles.fromHeader(header),
                    ColumnRoles.fromContent(bodyTexts(grid, bodyStart, c))));
        }
        boolean printed = lanciRow >= 0;
        List<Integer> lanci = printed ? printedLanci(grid.get(lanciRow), roles)
                : mayInferLanci(tableId, grid, bodyStart, roles) ? inferredLanci(roles) : noLanci(width);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columns.add(new Column(c, roles.get(c), lanci.get(c), printed && lanci.get(c) != null, headers.get(c)));
        }
        return new TableLayout(bodyStart, columns);
    }

    /** Whether the 栏次 numbers were inferred rather than read from a printed 栏次 row. */
    public boolean lanciInferred() {
        return columns.stream().anyMatch(column -> column.lanci() != null && !column.lanciPrinted());
    }

    /**
     * 栏次 as printed. The word 栏次 heads a side's label columns, so its column is no amount; a printed number marks an
     * amount column, unless the column holds 行次 or codes (a number printed there is no 栏次). Updates {@code roles}.
     */
    private static List<Integer> printedLanci(List<Cell> lanciRow, List<ColumnRole> roles) {
        List<Integer> lanci = noLanci(roles.size());
        for (int c = 0; c < Math.min(roles.size(), lanciRow.size()); c++) {
            String text = lanciRow.get(c).text();
            ColumnRole role = roles.get(c);
            boolean codesOrRowNumbers = role == ColumnRole.CODE || role == ColumnRole.ROW_NUMBER;
            if (HeaderRows.isLanciLabel(text) && !codesOrRowNumbers) {
                roles.set(c, ColumnRole.LABEL);
            }
            Integer number = HeaderRows.lanciNumber(text);
            if (number != null && !codesOrRowNumbers) {
                roles.set(c, role == ColumnRole.PERCENT ? role : ColumnRole.AMOUNT);
                lanci.set(c, number);
            }
        }
        return lanci;
    }

    /**
     * Whether 栏次 may be inferred: the grid is the table's template, one amount per cell. Its amount columns are as
     * many as the template's 栏次; no 栏次 row is printed unreadably; no amount column runs two numbers into one cell
     * (a rule missed by the extraction). Numbering a grid that fails these would put the wrong column under each 栏次
     * and turn every rule into a false alarm, while left without 栏次 the rules stay silent.
     */
    private static boolean mayInferLanci(String tableId, List<List<Cell>> grid, int bodyStart, List<ColumnRole> roles) {
        long amountColumns = roles.stream().filter(role -> role == ColumnRole.AMOUNT).count();
        if (!TableKinds.printsLanciRow(tableId) || amountColumns != TableKinds.lanciCount(tableId)) {
            return false;
        }
        for (int r = 0; r < grid.size(); r++) {
            List<Cell> row = grid.get(r);
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c).text();
                boolean amountCell = r >= bodyStart && c < roles.size() && roles.get(c) == ColumnRole.AMOUNT;
                if (HeaderRows.mentionsLanci(text) || amountCell && Amounts.isMalformedNumber(text)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The amount columns numbered 1, 2, 3 … left to right, as the templates that print a 栏次 row number them. */
    private static List<Integer> inferredLanci(List<ColumnRole> roles) {
        List<Integer> lanci = noLanci(roles.size());
        int next = 1;
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c) == ColumnRole.AMOUNT) {
                lanci.set(c, next++);
            }
        }
        return lanci;
    }

    private static List<Integer> noLanci(int width) {
        return new ArrayList<>(Collections.nCopies(width, null));
    }

    /** The header texts above {@code column}, top to bottom, the 栏次 row left out; a merged cell's text once. */
    private static List<String> headerPath(List<List<Cell>> grid, int bodyStart, int lanciRow, List<Merge> merges,
            int column) {
        List<String> path = new ArrayList<>();
        for (int r = 0; r < bodyStart; r++) {
            if (r == lanciRow) {
                continue;
            }
            Optional<Merge> merge = covering(merges, r, column);
            if (merge.isPresent() && merge.get().row() < r) {
                continue; // merged down from a row above: already on the path
            }
            String text = Whitespace.removed(textAt(grid, r, merge.map(Merge::col).orElse(column)));
            if (!text.isEmpty()) {
                path.add(text);
            }
        }
        return List.copyOf(path);
    }

    private static Optional<Merge> covering(List<Merge> merges, int row, int column) {
        return merges.stream().filter(m -> row >= m.row() && row < m.row() + m.rowSpan() && column >= m.col()
                && column < m.col() + m.colSpan()).findFirst();
    }

    private static List<String> bodyTexts(List<List<Cell>> grid, int bodyStart, int column) {
        List<String> texts = new ArrayList<>();
        for (int r = bodyStart; r < grid.size(); r++) {
            if (column < grid.get(r).size()) {
                texts.add(Whitespace.removed(grid.get(r).get(column).text()));
            }
        }
        return texts;
    }

    private static String textAt(List<List<Cell>> grid, int row, int column) {
        List<Cell> cells = grid.get(row);
        return column < cells.size() ? cells.get(column).text() : "";
    }

    private static int width(List<List<Cell>> rows) {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
