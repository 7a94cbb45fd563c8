package io.ledgerlint.validate.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The rows of one table indexed once by label, code, parent code and grid row, so that the rules that look a row up
 * for every row (a parent's children, the same code in another table, the leaves under a total) cost a lookup each
 * instead of a scan of the table: a table of 20,000 rows is checked in time linear in its rows.
 */
final class RowIndex {

    private final List<TableRow> rows;
    /** Positions in {@link #rows} of the rows with each label, ascending. */
    private final Map<String, List<Integer>> byLabel = new HashMap<>();
    private final Map<String, TableRow> firstByCode = new HashMap<>();
    private final Map<String, List<TableRow>> byParentCode = new HashMap<>();
    private final List<TableRow> coded;
    private final List<TableRow> leaves;
    private final int[] gridRows;

    RowIndex(List<TableRow> rows) {
        this.rows = rows;
        List<TableRow> codedRows = new ArrayList<>();
        gridRows = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            gridRows[i] = row.gridRow();
            byLabel.computeIfAbsent(row.label(), label -> new ArrayList<>()).add(i);
            if (row.hasCode()) {
                codedRows.add(row);
                firstByCode.putIfAbsent(row.code(), row);
                if (row.code().length() > 2) {
                    byParentCode.computeIfAbsent(row.code().substring(0, row.code().length() - 2),
                            parent -> new ArrayList<>()).add(row);
                }
            }
        }
        coded = List.copyOf(codedRows);
        leaves = leavesOf(coded);
    }

    List<TableRow> coded() {
        return coded;
    }

    List<TableRow> leaves() {
        return leaves;
    }

    Optional<TableRow> byCode(String code) {
        return Optional.ofNullable(firstByCode.get(code));
    }

    /** The coded rows whose code is {@code parentCode} and two more digits, in printed order. */
    List<TableRow> childrenOf(String parentCode) {
        return List.copyOf(byParentCode.getOrDefault(parentCode, List.of()));
    }

    /** The first row (in printed order) labelled one of {@code labels} that {@code accepted}. */
    Optional<TableRow> firstLabelled(List<String> labels, Predicate<TableRow> accepted) {
        int first = Integer.MAX_VALUE;
        for (String label : labels) {
            for (int position : byLabel.getOrDefault(label, List.of())) {
                if (position >= first) {
                    break;
                }
                if (accepted.test(rows.get(position))) {
                    first = position;
                    break;
                }
            }
        }
        return first == Integer.MAX_VALUE ? Optional.empty() : Optional.of(rows.get(first));
    }

    /** The rows of grid row {@code gridRow}: rows are read top to bottom, so theirs are adjacent. */
    List<TableRow> inGridRow(int gridRow) {
        int from = firstAtLeast(gridRow);
        return rows.subList(from, firstAtLeast(gridRow + 1));
    }

    private int firstAtLeast(int gridRow) {
        int found = Arrays.binarySearch(gridRows, gridRow);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && gridRows[found - 1] == gridRow) {
            found--;
        }
        return found;
    }

    /**
     * Coded rows no longer code of the table starts with. In code order a code's extensions follow it directly, so
     * the next code above it tells: it is an extension of it, or no code is.
     */
    private static List<TableRow> leavesOf(List<TableRow> coded) {
        TreeSet<String> codes = new TreeSet<>();
        coded.forEach(row -> codes.add(row.code()));
        return coded.stream().filter(row -> {
            String next = codes.higher(row.code());
            return next == null || !next.startsWith(row.code());
        }).toList();
    }
}
