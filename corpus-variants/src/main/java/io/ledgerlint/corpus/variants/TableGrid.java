package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One truth table as a mutable grid: header rows, body rows and merges, indexed as in {@code truth.json} (merge rows
 * count header rows first). The edits keep the truth conventions: a merged cell's text sits at its top-left position
 * and every other position it covers is "".
 */
final class TableGrid {

    record Merge(int row, int col, int rowspan, int colspan) {

        boolean covers(int r, int c) {
            return r >= row && r < row + rowspan && c >= col && c < col + colspan;
        }
    }

    final String id;
    final List<List<String>> header = new ArrayList<>();
    final List<List<String>> body = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();
    int ncols;

    private TableGrid(String id) {
        this.id = id;
    }

    static TableGrid of(JsonNode table) {
        TableGrid grid = new TableGrid(table.path("id").asText());
        grid.ncols = table.path("ncols").asInt();
        table.path("header_rows").forEach(row -> grid.header.add(cells(row)));
        table.path("rows").forEach(row -> grid.body.add(cells(row)));
        for (JsonNode merge : table.path("merges")) {
            grid.merges.add(new Merge(merge.path("row").asInt(), merge.path("col").asInt(),
                    merge.path("rowspan").asInt(1), merge.path("colspan").asInt(1)));
        }
        return grid;
    }

    private static List<String> cells(JsonNode row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.isNull() ? "" : cell.asText()));
        return cells;
    }

    /** Writes header_rows, rows, merges and ncols back into the truth table object. */
    void writeTo(ObjectNode table) {
        table.put("ncols", ncols);
        table.set("header_rows", rows(table, header));
        table.set("rows", rows(table, body));
        ArrayNode mergeArray = table.arrayNode();
        merges.stream()
                .sorted((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                        : Integer.compare(a.col(), b.col()))
                .forEach(m -> mergeArray.addObject().put("row", m.row()).put("col", m.col())
                        .put("rowspan", m.rowspan()).put("colspan", m.colspan()));
        table.set("merges", mergeArray);
    }

    private static ArrayNode rows(ObjectNode table, List<List<String>> rows) {
        ArrayNode array = table.arrayNode();
        for (List<String> row : rows) {
            ArrayNode cells = array.addArray();
            row.forEach(cells::add);
        }
        return array;
    }

    int rowCount() {
        return header.size() + body.size();
    }

    /** A row of the whole grid: header rows first, then body rows. */
    List<String> row(int gridRow) {
        return gridRow < header.size() ? header.get(gridRow) : body.get(gridRow - header.size());
    }

    Merge mergeAnchoredAt(int r, int c) {
        for (Merge merge : merges) {
            if (merge.row() == r && merge.col() == c) {
                return merge;
            }
        }
        return null;
    }

    /** True where a merge covers the position without starting there: nothing is printed in its own cell. */
    boolean covered(int r, int c) {
        for (Merge merge : merges) {
            if (merge.covers(r, c) && !(merge.row() == r && merge.col() == c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inserts a column before {@code at}: {@code headerTexts} for the header rows (the first may be spanned down by
     * {@code headerRowspan}), {@code bodyTexts} for the body rows. Merges right of it move; merges across it widen.
     */
    void insertColumn(int at, List<String> headerTexts, int headerRowspan, List<String> bodyTexts) {
        if (headerTexts.size() != header.size() || bodyTexts.size() != body.size()) {
            throw new IllegalArgumentException(id + ": column sizes do not match the table");
        }
        List<Merge> moved = new ArrayList<>();
        for (Merge m : merges) {
            if (m.col() >= at) {
                moved.add(new Merge(m.row(), m.col() + 1, m.rowspan(), m.colspan()));
            } else if (m.col() + m.colspan() > at) {
                moved.add(new Merge(m.row(), m.col(), m.rowspan(), m.colspan() + 1));
            } else {
                moved.add(m);
            }
        }
        merges.clear();
        merges.addAll(moved);
        for (int r = 0; r < header.size(); r++) {
            header.get(r).add(at, headerTexts.get(r));
        }
        for (int r = 0; r < body.size(); r++) {
            body.get(r).add(at, bodyTexts.get(r));
        }
        if (headerRowspan > 1) {
            merges.add(new Merge(0, at, headerRowspan, 1));
        }
        ncols++;
    }

    /** Removes a header row; merges below move up, merges through it shrink (their text moves to the next row). */
    void removeHeaderRow(int r) {
        List<Merge> kept = new ArrayList<>();
        for (Merge m : merges) {
            if (m.row() > r) {
                kept.add(new Merge(m.row() - 1, m.col(), m.rowspan(), m.colspan()));
            } else if (m.row() + m.rowspan() <= r) {
                kept.add(m);
            } else if (m.rowspan() > 1) {
                if (m.row() == r) {
                    header.get(r + 1).set(m.col(), header.get(r).get(m.col()));
                }
                Merge shrunk = new Merge(m.row(), m.col(), m.rowspan() - 1, m.colspan());
                if (shrunk.rowspan() > 1 || shrunk.colspan() > 1) {
                    kept.add(shrunk);
                }
            }
        }
        merges.clear();
        merges.addAll(kept);
        header.remove(r);
    }

    /** Swaps the cells from column {@code fromCol} on between two body rows. */
    void swapBodyCells(int rowA, int rowB, int fromCol) {
        List<String> a = body.get(rowA);
        List<String> b = body.get(rowB);
        for (int c = fromCol; c < ncols; c++) {
            String t = a.get(c);
            a.set(c, b.get(c));
            b.set(c, t);
        }
    }

    /** Every row has {@code ncols} cells and every merge fits the grid. */
    void checkShape() {
        for (int r = 0; r < rowCount(); r++) {
            if (row(r).size() != ncols) {
                throw new IllegalStateException(id + ": row " + r + " has " + row(r).size() + " cells, ncols " + ncols);
            }
        }
        for (Merge m : merges) {
            if (m.row() + m.rowspan() > rowCount() || m.col() + m.colspan() > ncols) {
                throw new IllegalStateException(id + ": merge " + m + " outside the grid");
            }
        }
    }
}
