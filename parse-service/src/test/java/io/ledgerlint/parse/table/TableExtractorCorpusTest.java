package io.ledgerlint.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Merge;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.table.TableLayout;
import io.ledgerlint.parse.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor on every corpus document against its truth, stricter than the corpus score: each of the nine standard
 * tables on its pages with exactly the truth's header rows, body rows (cell text, whitespace removed) and merged
 * cells, and stamped with the columns the truth's own grid is classified to; the 绩效 attachments found in order.
 */
class TableExtractorCorpusTest {

    @ParameterizedTest
    @MethodSource("io.ledgerlint.parse.corpus.Corpus#documents")
    void standardTablesMatchTheTruthCellForCell(Path folder) throws IOException {
        JsonNode truth = Corpus.truth(folder);
        Map<String, Table> found = extract(folder).stream()
                .collect(Collectors.toMap(Table::id, Function.identity(), (a, b) -> a));
        for (JsonNode expected : truth.get("tables")) {
            if (!expected.get("kind").asText().equals("standard")) {
                continue;
            }
            String id = expected.get("id").asText();
            assertThat(found).as("table %s", id).containsKey(id);
            Table table = found.get(id);
            assertThat(table.page()).as("table %s page", id).isEqualTo(expected.get("page").asInt());
            assertThat(table.pageEnd()).as("table %s last page", id).isEqualTo(expected.get("page_end").asInt());
            assertThat(texts(table.headerRows())).as("table %s header rows", id)
                    .isEqualTo(texts(expected.get("header_rows")));
            assertThat(texts(table.rows())).as("table %s rows", id).isEqualTo(texts(expected.get("rows")));
            assertThat(table.merges()).as("table %s merges", id).containsExactlyInAnyOrderElementsOf(
                    merges(expected.get("merges")));
            assertThat(table.columns()).as("table %s columns", id).isEqualTo(truthLayout(id, expected).columns());
            assertThat(table.quality().method()).isEqualTo("lattice");
            assertThat(table.quality().glyphCoverage()).as("table %s coverage", id).isEqualTo(1.0);
        }
    }

    @ParameterizedTest
    @MethodSource("io.ledgerlint.parse.corpus.Corpus#documents")
    void attachmentTablesAreFoundInOrderOnTheirPages(Path folder) throws IOException {
        List<Table> attachments = extract(folder).stream().filter(t -> t.id().startsWith("perf-")).toList();
        List<String> expectedIds = new ArrayList<>();
        List<Integer> expectedPages = new ArrayList<>();
        for (JsonNode expected : Corpus.truth(folder).get("tables")) {
            if (expected.get("kind").asText().equals("attachment")) {
                expectedIds.add(expected.get("id").asText());
                expectedPages.add(expected.get("page").asInt());
            }
        }
        assertThat(attachments).extracting(Table::id).containsExactlyElementsOf(expectedIds);
        assertThat(attachments).extracting(Table::page).containsExactlyElementsOf(expectedPages);
    }

    private static List<Table> extract(Path folder) throws IOException {
        try (PDDocument document = Loader.loadPDF(Corpus.pdf(folder).toFile())) {
            return new TableExtractor().extract(document);
        }
    }

    private static TableLayout truthLayout(String id, JsonNode table) {
        List<List<Cell>> grid = new ArrayList<>();
        for (String part : List.of("header_rows", "rows")) {
            table.get(part).forEach(row -> {
                List<Cell> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(Cell.ofText(cell.asText())));
                grid.add(cells);
            });
        }
        return TableLayout.classify(id, grid, table.get("header_rows").size(), merges(table.get("merges")));
    }

    private static List<List<String>> texts(List<List<Cell>> rows) {
        return rows.stream().map(row -> row.stream().map(cell -> compact(cell.text())).toList()).toList();
    }

    private static List<List<String>> texts(JsonNode rows) {
        List<List<String>> texts = new ArrayList<>();
        rows.forEach(row -> {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(compact(cell.asText())));
            texts.add(cells);
        });
        return texts;
    }

    private static List<Merge> merges(JsonNode merges) {
        List<Merge> list = new ArrayList<>();
        merges.forEach(m -> list.add(new Merge(m.get("row").asInt(), m.get("col").asInt(), m.get("rowspan").asInt(),
                m.get("colspan").asInt())));
        return list;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
