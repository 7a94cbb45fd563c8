package io.ledgerlint.report.tables;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import java.util.List;

/** Rows of extracted cells reduced to the printed texts, {@code ""} for an empty or missing cell. */
public final class CellTexts {

    private CellTexts() {
    }

    public static List<List<String>> of(List<List<Cell>> rows) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream()
                .map(row -> row.stream().map(cell -> cell == null || cell.text() == null ? "" : cell.text()).toList())
                .toList();
    }
}
