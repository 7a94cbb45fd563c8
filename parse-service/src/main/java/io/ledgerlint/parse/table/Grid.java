package io.ledgerlint.parse.table;

import java.util.Arrays;
import java.util.List;

/**
 * A table's grid on one page: column boundaries {@code xs}, row boundaries {@code ys} (both ascending, in page
 * points) and the cells, each covering a rectangle of grid slots (merged cells cover several).
 *
 * @param method         {@code lattice} when rebuilt from ruling lines, {@code stream} when from text alignment
 * @param irregularCells merged areas that are not rectangles (a rule missing along part of a cell edge); each is
 *                       taken as its bounding rectangle
 * @param doubts         what did not fit the reading of a stream grid (columns whose numbers do not line up, rows
 *                       that interleave …); a grid with doubts is not read reliably
 */
record Grid(double[] xs, double[] ys, List<GridCell> cells, String method, int irregularCells, List<String> doubts) {

    static final String LATTICE = "lattice";
    static final String STREAM = "stream";

    int rowCount() {
        return ys.length - 1;
    }

    int columnCount() {
        return xs.length - 1;
    }

    double top() {
        return ys[0];
    }

    double bottom() {
        return ys[ys.length - 1];
    }

    double left() {
        return xs[0];
    }

    double right() {
        return xs[xs.length - 1];
    }

    /** Index of the slot between consecutive boundaries (ascending) that holds {@code value}, clamped to the grid. */
    static int slot(double[] boundaries, double value) {
        int i = Arrays.binarySearch(boundaries, value);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(boundaries.length - 2, slot));
    }

    /** A cell: first row/column and spans in grid slots. */
    record GridCell(int row, int col, int rowSpan, int colSpan) {
    }
}
