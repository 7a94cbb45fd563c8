package io.ledgerlint.validate.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A table read by meaning rather than position: columns by 栏次 number, rows by label or code.
 *
 * <p>The grid is the header rows followed by the body rows. The 栏次 row (header or first body rows) maps each 栏次
 * number to a grid column. A table may hold side-by-side <em>blocks</em> (T01/T04 收入 | 支出, T06's three column
 * groups); a block starts where the 栏次 row says "栏次" or, without a 栏次 row, where a header names a 科目编码/代码
 * column. Each body row yields one {@link TableRow} per block that has content.
 */
public final class TableView {

    private static final Pattern LANCI_NUMBER = Pattern.compile("\\d{1,2}");

    private final Table table;
    private final List<List<Cell>> grid;
    private final int bodyStart;
    private final int lanciRow;
    private final Map<Integer, Integer> lanciColumns;
    /** {@link #headerText(int)} per grid column, read once: rules ask for column names in every finding and term. */
    private final List<String> headerTexts;
    private final List<Block> blocks;
    private final List<TableRow> rows;

    public TableView(Table table) {
        this.table = table;
        List<List<Cell>> all = new ArrayList<>();
        int headerCount = table.headerRows() == null ? 0 : table.headerRows().size();
        if (table.headerRows() != null) {
            all.addAll(table.headerRows());
        }
        if (table.rows() != null) {
            all.addAll(table.rows());
        }
        this.grid = Collections.unmodifiableList(all);
        this.lanciRow = findLanciRow(grid, headerCount);
        this.bodyStart = Math.max(headerCount, lanciRow + 1);
        this.lanciColumns = lanciRow < 0 ? Map.of() : readLanci(grid.get(lanciRow));
        this.headerTexts = readHeaderTexts();
        this.blocks = findBlocks();
        this.rows = readRows();
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

    /** Index in {@link #grid()} of the 栏次 row, or -1 when the table has none (T06). */
    public int lanciRow() {
        return lanciRow;
    }

    public boolean hasLanci() {
        return !lanciColumns.isEmpty();
    }

    /** The 栏次 numbers printed, in column order. */
    public List<Integer> lanciNumbers() {
        return List.copyOf(lanciColumns.keySet());
    }

    public OptionalInt columnOf(int lanci) {
        Integer column = lanciColumns.get(lanci);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** Number of grid columns the header defines. */
    public int width() {
        return grid.isEmpty() ? 0 : grid.subList(0, Math.max(1, Math.min(bodyStart, grid.size()))).stream()
                .mapToInt(List::size).max().orElse(0);
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
        return find(r -> matches(r, labels));
    }

    /** The row labelled {@code label} in the block that holds 栏次 {@code lanci} (T01 收入 总计 vs 支出 总计). */
    public Optional<TableRow> rowInColumn(int lanci, String... labels) {
        return find(r -> r.block().hasLanci(lanci) && matches(r, labels));
    }

    public Optional<TableRow> rowByCode(String code) {
        return find(r -> code.equals(r.code()));
    }

    public Optional<TableRow> find(Predicate<TableRow> predicate) {
        return rows.stream().filter(predicate).findFirst();
    }

    /** Rows carrying a classification code, in printed order. */
    public List<TableRow> codedRows() {
        return rows.stream().filter(TableRow::hasCode).toList();
    }

    /** Coded rows with no longer code below them in this table: the rows column sums add up (rules.md §3.1). */
    public List<TableRow> leafRows() {
        List<TableRow> coded = codedRows();
        return coded.stream()
                .filter(r -> coded.stream().noneMatch(o -> o.code().length() > r.code().length()
                        && o.code().startsWith(r.code())))
                .toList();
    }

    /** The coded rows one level below {@code parent} (款 under a 类, 项 under a 款). */
    public List<TableRow> childrenOf(TableRow parent) {
        return codedRows().stream()
                .filter(r -> r.code().length() == parent.code().length() + 2 && r.code().startsWith(parent.code()))
                .toList();
    }

    /** The lowest non-empty header text above the 栏次 row in the column of {@code lanci}; "" when none. */
    public String columnName(int lanci) {
        Integer column = lanciColumns.get(lanci);
        return column == null ? "" : headerText(column);
    }

    String headerText(int column) {
        return column < headerTexts.size() ? headerTexts.get(column) : "";
    }

    private List<String> readHeaderTexts() {
        List<String> texts = new ArrayList<>();
        int width = width();
        for (int column = 0; column < width; column++) {
            texts.add(readHeaderText(column));
        }
        return List.copyOf(texts);
    }

    private String readHeaderText(int column) {
        int last = lanciRow >= 0 ? lanciRow : Math.min(bodyStart, grid.size());
        for (int r = last - 1; r >= 0; r--) {
            List<Cell> row = grid.get(r);
            if (column < row.size() && !Labels.normalise(row.get(column).text()).isEmpty()) {
                return Labels.normalise(row.get(column).text());
            }
        }
        return "";
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

    private static boolean matches(TableRow row, String... labels) {
        for (String label : labels) {
            if (row.label().equals(Labels.normalise(label))) {
                return true;
            }
        }
        return false;
    }

    /** A row whose non-empty cells are "栏次" or the consecutive integers 1, 2, 3 … (T09 prints only numbers). */
    private static int findLanciRow(List<List<Cell>> grid, int headerCount) {
        int limit = Math.min(grid.size(), headerCount + 3);
        for (int r = 0; r < limit; r++) {
            if (isLanciRow(grid.get(r)) && (r < headerCount || headerCount == 0 || r <= headerCount + 2)) {
                return r;
            }
        }
        return -1;
    }

    private static boolean isLanciRow(List<Cell> row) {
        int previous = -1;
        int numbers = 0;
        for (Cell cell : row) {
            String text = Labels.normalise(cell.text());
            if (text.isEmpty() || text.equals("栏次")) {
                continue;
            }
            if (!LANCI_NUMBER.matcher(text).matches()) {
                return false;
            }
            int n = Integer.parseInt(text);
            if (previous >= 0 && n != previous + 1 || previous < 0 && n == 0) {
                return false;
            }
            previous = n;
            numbers++;
        }
        return numbers > 0;
    }

    private static Map<Integer, Integer> readLanci(List<Cell> row) {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
            String text = Labels.normalise(row.get(c).text());
            if (LANCI_NUMBER.matcher(text).matches()) {
                map.put(Integer.parseInt(text), c);
            }
        }
        return map;
    }

    private List<Block> findBlocks() {
        int width = width();
        List<Integer> starts = new ArrayList<>();
        if (lanciRow >= 0) {
            List<Cell> row = grid.get(lanciRow);
            for (int c = 0; c < row.size(); c++) {
                if (Labels.normalise(row.get(c).text()).equals("栏次")) {
                    starts.add(c);
                }
            }
        } else {
            for (int r = 0; r < Math.min(bodyStart, grid.size()); r++) {
                List<Cell> row = grid.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String text = Labels.normalise(row.get(c).text());
                    if ((text.contains("编码") || text.contains("代码")) && !starts.contains(c)) {
                        starts.add(c);
                    }
                }
            }
            Collections.sort(starts);
        }
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        List<Block> result = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : width;
            List<Integer> lanci = lanciColumns.entrySet().stream()
                    .filter(e -> e.getValue() >= from && e.getValue() < to).map(Map.Entry::getKey).toList();
            result.add(new Block(i, from, to, amountColumns(from, to), lanci));
        }
        return List.copyOf(result);
    }

    /** 栏次 columns of the block; without a 栏次 row, its 决算数/金额 column (else its last column). */
    private List<Integer> amountColumns(int from, int to) {
        List<Integer> columns = new ArrayList<>();
        lanciColumns.values().stream().filter(c -> c >= from && c < to).sorted().forEach(columns::add);
        if (columns.isEmpty() && lanciColumns.isEmpty() && to > from) {
            int amount = to - 1;
            for (int c = from; c < to; c++) {
                String header = headerText(c);
                if (header.contains("决算") || header.contains("金额")) {
                    amount = c;
                }
            }
            columns.add(amount);
        }
        return List.copyOf(columns);
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
     * other columns hold labels (项目, code, 行次).
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
