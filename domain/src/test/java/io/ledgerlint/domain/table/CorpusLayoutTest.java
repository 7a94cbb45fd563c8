package io.ledgerlint.domain.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.contracts.events.TablesExtracted.Merge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 栏次 rule the classifier infers by, on the corpus truth (the root POM passes the corpus folder as
 * {@code ledgerlint.corpus}): in every standard table printed with a 栏次 row the printed 栏次 are exactly its amount
 * columns numbered left to right, so the same table without that row gets the same 栏次 inferred; 公开06表 gets none.
 */
class CorpusLayoutTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> standardTables() throws IOException {
        Path corpus = Path.of(System.getProperty("ledgerlint.corpus", "../corpus"));
        List<Arguments> tables = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpus)) {
            List<Path> truths = folders.map(f -> f.resolve("truth.json")).filter(Files::isRegularFile).sorted().toList();
            for (Path truth : truths) {
                for (JsonNode table : JSON.readTree(truth.toFile()).get("tables")) {
                    if (TableKinds.isStandard(table.get("id").asText())) {
                        tables.add(Arguments.of(truth.getParent().getFileName().toString(), table.get("id").asText(),
                                table));
                    }
                }
            }
        }
        assertThat(tables).as("standard tables in " + corpus).isNotEmpty();
        return tables.stream();
    }

    @ParameterizedTest(name = "{0} 公开{1}表")
    @MethodSource("standardTables")
    void printedLanciAreTheAmountColumnsNumberedLeftToRight(String document, String id, JsonNode table) {
        TableLayout layout = classify(id, table, false);

        if (TableKinds.printsLanciRow(id)) {
            assertThat(lanci(layout)).isEqualTo(amountOrdinals(layout));
            assertThat(layout.columns()).filteredOn(c -> c.lanci() != null).allMatch(Column::lanciPrinted);
        } else {
            assertThat(lanci(layout)).containsOnlyNulls();
        }
        assertThat(layout.bodyStart()).isEqualTo(table.get("header_rows").size());
    }

    @ParameterizedTest(name = "{0} 公开{1}表")
    @MethodSource("standardTables")
    void withoutItsLanciRowATableGetsTheSameColumnsAndLanciInferred(String document, String id, JsonNode table) {
        TableLayout printed = classify(id, table, false);
        TableLayout inferred = classify(id, table, true);

        assertThat(inferred.columns()).extracting(Column::role)
                .isEqualTo(printed.columns().stream().map(Column::role).toList());
        assertThat(lanci(inferred)).isEqualTo(lanci(printed));
        assertThat(inferred.lanciInferred()).isEqualTo(TableKinds.printsLanciRow(id));
    }

    /** The truth table classified as printed, or with its 栏次 row (the last header row) taken away. */
    private static TableLayout classify(String id, JsonNode table, boolean dropLanciRow) {
        List<List<Cell>> header = cells(table.get("header_rows"));
        List<Merge> merges = merges(table.get("merges"));
        if (dropLanciRow && TableKinds.printsLanciRow(id)) {
            int lanciRow = header.size() - 1;
            assertThat(HeaderRows.isLanciRow(header.get(lanciRow))).as("the last header row is the 栏次 row").isTrue();
            header = header.subList(0, lanciRow);
            merges = withoutRow(merges, lanciRow);
        }
        List<List<Cell>> grid = new ArrayList<>(header);
        grid.addAll(cells(table.get("rows")));
        return TableLayout.classify(id, grid, header.size(), merges);
    }

    private static List<Merge> merges(JsonNode merges) {
        List<Merge> list = new ArrayList<>();
        merges.forEach(m -> list.add(new Merge(m.get("row").asInt(), m.get("col").asInt(), m.get("rowspan").asInt(),
                m.get("colspan").asInt())));
        return list;
    }

    /** The merges of a grid from which {@code row} is taken away. */
    private static List<Merge> withoutRow(List<Merge> merges, int row) {
        List<Merge> kept = new ArrayList<>();
        for (Merge m : merges) {
            if (m.row() > row) {
                kept.add(new Merge(m.row() - 1, m.col(), m.rowSpan(), m.colSpan()));
            } else if (m.row() + m.rowSpan() > row && m.rowSpan() > 1) {
                kept.add(new Merge(m.row(), m.col(), m.rowSpan() - 1, m.colSpan()));
            } else if (m.row() < row) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static List<List<Cell>> cells(JsonNode rows) {
        List<List<Cell>> grid = new ArrayList<>();
        rows.forEach(row -> {
            List<Cell> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(Cell.ofText(cell.asText())));
            grid.add(cells);
        });
        return grid;
    }

    private static List<Integer> lanci(TableLayout layout) {
        return layout.columns().stream().map(Column::lanci).toList();
    }

    /** 1, 2, 3 … on the amount columns from left to right, null elsewhere. */
    private static List<Integer> amountOrdinals(TableLayout layout) {
        List<Integer> ordinals = new ArrayList<>();
        int next = 1;
        for (Column column : layout.columns()) {
            ordinals.add(column.role() == ColumnRole.AMOUNT ? Integer.valueOf(next++) : null);
        }
        return ordinals;
    }
}
