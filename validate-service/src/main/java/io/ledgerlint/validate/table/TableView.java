package io.ledgerlint.validate.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.table.TableLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * A table read by meaning rather than position: columns by 栏次 number, rows by label or code.
 *
 * <p>The grid is the header rows followed by the body rows. What each column holds (label, code, 行次, amount) and its
 * 栏次 are the table's {@link TableLayout}, decided by parse-service (and, for an extraction that carries none, by the
 * same classifier here). A table may hold side-by-side <em>blocks</em> (T01/T04 收入 | 支出, T06's three column
 * groups): a block starts at each group of label and code columns. Each body row yields one {@link TableRow} per
 * block that has content.
 */
public final class TableView {


    private final Table table;
    private final List<List<Cell>> grid;
    private final int bodyStart;
    private final List<Column> columns;
    private final Map<Integer, Integer> lanciColumns;
    private final List<Block> blocks;
    private final List<TableRow> rows;
    /** What rules look rows up by, indexed once so that a rule asking for every row stays linear in the rows. */
    private final RowIndex index;
    /** Normalised header text per grid column, read once: findings name columns by it, and rules ask often. */
    private final List<String> headerTexts;
    /** The grid's cells read as amounts, each on first use (the rules read most cells several times). */
    private final CellValue[][] cellValues;

    public TableView(Table table) {
        this.table = table;
        List<List<Cell>> all = new ArrayList<>();
        if (table.headerRows() != null) {
            all.addAll(table.headerRows());
        }
        if (table.rows() != null) {
            all.addAll(table.rows());
        }
        this.grid = Collections.unmodifiableList(all);
        TableLayout layout = TableLayout.of(table);
        this.bodyStart = layout.bodyStart();
        this.columns = layout.columns();
        this.lanciColumns = readLanci(columns);
        this.headerTexts = columns.stream().map(TableView::lowestHeader).toList();
        this.cellValues = new CellValue[all.size()][];
        this.blocks = findBlocks();
        this.rows = readRows();
        this.index = new RowIndex(rows);
    }

    /**
     * Whether the cells were read reliably enough for rules to judge them, as the parser decided
     * ({@link io.ledgerlint.contracts.events.TablesExtracted.Quality#reliable()}): a misread must never become a
     * finding.
     */
    public boolean readReliably() {
        return table.quality() == null || table.quality().reliable();
    }

    public String id() {
        return table.id();
    }

    public Table table() {
        return table;
    }

    /** Header rows then body rows, as extracted. */
    public List<List<Cell>> grid() {
        return grid;
    }

    /** Index in {@link #grid()} of the first body row below the header and the 栏次 row. */
    public int bodyStart() {
        return bodyStart;
    }

    /** What each grid column holds, left to right. */
    public List<Column> columns() {
        return columns;
    }

    public boolean hasLanci() {
        return !lanciColumns.isEmpty();
    }

    /** The 栏次 numbers, printed or inferred, in column order. */
    public List<Integer> lanciNumbers() {
        return List.copyOf(lanciColumns.keySet());
    }

    public OptionalInt columnOf(int lanci) {
        Integer column = lanciColumns.get(lanci);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** Number of grid columns the header defines. */
    public int width() {
        return columns.size();
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Every body row of every block, top to bottom, left block first within a grid row. */
    public List<TableRow> rows() {
        return rows;
    }

    /** The first row whose normalised label is one of {@code labels}. */
    public Optional<TableRow> row(String... labels) {
        return index.firstLabelled(normalised(labels), row -> true);
    }

    /** The row labelled {@code label} in the block that holds 栏次 {@code lanci} (T01 收入 总计 vs 支出 总计). */
    public Optional<TableRow> rowInColumn(int lanci, String... labels) {
        return index.firstLabelled(normalised(labels), row -> row.block().hasLanci(lanci));
    }

    /** The first row carrying classification code {@code code}. */
    public Optional<TableRow> rowByCode(String code) {
        return index.byCode(code);
    }

    public Optional<TableRow> find(Predicate<TableRow> predicate) {
        return rows.stream().filter(predicate).findFirst();
    }

    /** The rows read from grid row {@code gridRow} (one per block with content), left block first. */
    public List<TableRow> rowsInGridRow(int gridRow) {
        return index.inGridRow(gridRow);
    }

    /** Rows carrying a classification code, in printed order. */
    public List<TableRow> codedRows() {
        return index.coded();
    }

    /** Coded rows with no longer code below them in this table: the rows column sums add up (rules.md §3.1). */
    public List<TableRow> leafRows() {
        return index.leaves();
    }

    /** The coded rows one level below {@code parent} (款 under a 类, 项 under a 款), in printed order. */
    public List<TableRow> childrenOf(TableRow parent) {
        return index.childrenOf(parent.code());
    }

    /** The lowest header text of the column of {@code lanci}; "" when none. */
    public String columnName(int lanci) {
        Integer column = lanciColumns.get(lanci);
        return column == null ? "" : headerText(column);
    }

    /** The lowest text of the column's header path, normalised as labels are; "" when none. */
    String headerText(int column) {
        return column < headerTexts.size() ? headerTexts.get(column) : "";
    }

    private static String lowestHeader(Column column) {
        List<String> header = column.header();
        return header.isEmpty() ? "" : Labels.normalise(header.get(header.size() - 1));
    }

    /** The cell at a grid position as an amount; absent beyond the end of its row. */
    CellValue value(int gridRow, int column) {
        List<Cell> cells = grid.get(gridRow);
        if (column >= cells.size()) {
            return CellValue.absent();
        }
        if (cellValues[gridRow] == null) {
            cellValues[gridRow] = new CellValue[cells.size()];
        }
        CellValue value = cellValues[gridRow][column];
        if (value == null) {
            value = CellValue.of(cells.get(column));
            cellValues[gridRow][column] = value;
        }
        return value;
    }

    ColumnRole role(int column) {
        return column < columns.size() ? columns.get(column).role() : ColumnRole.TEXT;
    }

    /** All non-empty numeric cells of the body: used to tell an empty table from one with data. */
    public List<CellValue> bodyAmounts() {
        List<CellValue> values = new ArrayList<>();
        for (TableRow row : rows) {
            for (int column : row.block().amountColumns()) {
                CellValue value = row.valueAtColumn(column);
                if (value.kind() == CellValue.Kind.NUMBER) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static List<String> normalised(String... labels) {
        return Arrays.stream(labels).map(Labels::normalise).toList();
    }

    private static Map<Integer, Integer> readLanci(List<Column> columns) {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        for (Column column : columns) {
            if (column.lanci() != null) {
                map.put(column.lanci(), column.index());
            }
        }
        return map;
    }

    /**
     * A block starts at each group of label and code columns (a second code column starts a group of its own: two
     * groups whose amount column between them was lost); columns before the first group form a block too.
     */
    private List<Block> findBlocks() {
        List<Integer> starts = new ArrayList<>();
        boolean groupHasCode = false;
        for (int c = 0; c < columns.size(); c++) {
            boolean code = role(c) == ColumnRole.CODE;
            if (isLabelOrCode(c) && (c == 0 || !isLabelOrCode(c - 1) || code && groupHasCode)) {
                starts.add(c);
                groupHasCode = false;
            }
            groupHasCode |= code;
        }
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        List<Block> result = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : columns.size();
            List<Column> inBlock = columns.subList(from, to);
            result.add(new Block(i, from, to,
                    inBlock.stream().filter(c -> c.role() == ColumnRole.AMOUNT).map(Column::index).toList(),
                    inBlock.stream().filter(c -> c.lanci() != null).map(Column::lanci).toList()));
        }
        return List.copyOf(result);
    }

    private boolean isLabelOrCode(int column) {
        return role(column) == ColumnRole.LABEL || role(column) == ColumnRole.CODE;
    }

    private List<TableRow> readRows() {
        List<TableRow> result = new ArrayList<>();
        for (int r = bodyStart; r < grid.size(); r++) {
            for (Block block : blocks) {
                TableRow row = TableRow.read(this, r, block);
                if (row != null) {
                    result.add(row);
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Side-by-side part of a table: grid columns [from, to), its amount columns and the 栏次 numbers they carry; the
     * other columns hold labels, codes and 行次.
     */
    public record Block(int index, int from, int to, List<Integer> amountColumns, List<Integer> lanciNumbers) {

        public boolean hasLanci(int lanci) {
            return lanciNumbers.contains(lanci);
        }

        public boolean contains(int column) {
            return column >= from && column < to;
        }
    }
}
