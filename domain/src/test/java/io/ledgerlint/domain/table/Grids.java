package io.ledgerlint.domain.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import java.util.Arrays;
import java.util.List;

/** Grids of text cells for tests, a row written as one string with its cells separated by "|". */
final class Grids {

    private Grids() {
    }

    static List<Cell> row(String cells) {
        return Arrays.stream(cells.split("\\|", -1)).map(Cell::ofText).toList();
    }

    static List<List<Cell>> rows(List<String> rows) {
        return rows.stream().map(Grids::row).toList();
    }
}
