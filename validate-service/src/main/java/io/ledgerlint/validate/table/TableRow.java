package io.ledgerlint.validate.table;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.domain.table.Codes;
import io.ledgerlint.validate.location.Locations;
import java.util.List;
import java.util.OptionalInt;

/**
 * One row of one block: its label (normalised) and classification code, read from the block's label and code columns;
 * its 行次, from its 行次 column; its amounts by 栏次.
 *
 * @param gridRow index in {@link TableView#grid()}
 * @param label   the 项目/科目名称 text, whitespace and numbering removed; "" when the row has none
 * @param code    the 3/5/7-digit 功能分类 or 经济分类 code, or null
 * @param lineNo  the printed 行次, or null
 */
public record TableRow(TableView table, int gridRow, TableView.Block block, String label, String code, String lineNo) {

    static TableRow read(TableView table, int gridRow, TableView.Block block) {
        List<Cell> cells = table.grid().get(gridRow);
        String label = "";
        String code = null;
        String lineNo = null;
        boolean hasAmount = false;
        for (int c = block.from(); c < Math.min(block.to(), cells.size()); c++) {
            String text = Labels.normalise(cells.get(c).text());
            if (text.isEmpty()) {
                continue;
            }
            switch (table.role(c)) {
                case AMOUNT -> hasAmount = true;
                case ROW_NUMBER -> lineNo = lineNo == null ? text : lineNo;
                case LABEL, CODE -> {
                    // 合计 may sit in the code column, merged across code and name; values run together ("0 310",
                    // a rule the extraction missed) name nothing
                    if (code == null && Codes.isCode(text)) {
                        code = text;
                    } else if (label.isEmpty() && !Amounts.isMalformedNumber(cells.get(c).text())) {
                        label = text;
                    }
                }
                default -> {
                    // percentages and other text neither name the row nor make it a data row
                }
            }
        }
        if (label.isEmpty() && code == null && !hasAmount) {
            return null;
        }
        return new TableRow(table, gridRow, block, label, code, lineNo);
    }

    public boolean hasCode() {
        return code != null;
    }

    /** 1 for a 类 (3 digits), 2 for a 款 (5), 3 for a 项 (7); 0 without a code. */
    public int level() {
        return code == null ? 0 : (code.length() - 1) / 2;
    }

    /** The amount in 栏次 {@code lanci}; absent when the table has no such 栏次 or the row is too short. */
    public CellValue value(int lanci) {
        OptionalInt column = table.columnOf(lanci);
        return column.isPresent() ? valueAtColumn(column.getAsInt()) : CellValue.absent();
    }

    /**
     * The row's amount in a block with a single amount column (T06). A footer label that is merged across columns
     * (公用经费合计 spanning into the next group) carries its amount in the first filled cell to its right.
     */
    public CellValue amount() {
        OptionalInt column = amountColumn();
        return column.isPresent() ? valueAtColumn(column.getAsInt()) : CellValue.absent();
    }

    /** The grid column {@link #amount()} reads. */
    private OptionalInt amountColumn() {
        OptionalInt amountColumn = lastAmountColumn();
        if (amountColumn.isEmpty()) {
            return amountColumn;
        }
        int column = amountColumn.getAsInt();
        if (code != null || valueAtColumn(column).kind() == CellValue.Kind.NUMBER) {
            return amountColumn;
        }
        int width = table.grid().get(gridRow).size();
        for (int c = column + 1; c < width; c++) {
            CellValue next = valueAtColumn(c);
            if (next.kind() == CellValue.Kind.NUMBER) {
                return OptionalInt.of(c);
            }
            if (next.kind() == CellValue.Kind.TEXT) {
                break;
            }
        }
        return amountColumn;
    }

    public CellValue valueAtColumn(int column) {
        return table.value(gridRow, column);
    }

    /** How findings name the row: its code when it has one, else its label. */
    public String name() {
        return code != null ? code : label;
    }

    /** Code and label, e.g. "301 工资福利支出". */
    public String displayName() {
        return code != null && !label.isEmpty() ? code + " " + label : name();
    }

    /** Where the cell of 栏次 {@code lanci} is, for a finding. */
    public Location location(int lanci) {
        String column = table.columnName(lanci);
        String name = column.isEmpty() ? "c" + lanci : "c" + lanci + " " + column;
        OptionalInt gridColumn = table.columnOf(lanci);
        return gridColumn.isPresent() ? Locations.cell(this, gridColumn.getAsInt(), name) : Locations.row(this, name);
    }

    /** Where the row's single amount is (T06), for a finding. */
    public Location amountLocation() {
        OptionalInt column = amountColumn();
        return column.isPresent() ? Locations.cell(this, column.getAsInt(), amountColumnName())
                : Locations.row(this, "");
    }

    /** The header of the column {@link #amount()} reads (公开06表: its group's 决算数); "" when none. */
    public String amountColumnName() {
        OptionalInt column = lastAmountColumn();
        return column.isPresent() ? table.headerText(column.getAsInt()) : "";
    }

    private OptionalInt lastAmountColumn() {
        List<Integer> columns = block.amountColumns();
        return columns.isEmpty() ? OptionalInt.empty() : OptionalInt.of(columns.get(columns.size() - 1));
    }
}
