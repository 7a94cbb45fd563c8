package io.ledgerlint.parse.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores an extraction against a corpus truth.json as corpus/README.md describes: per table, the cells whose text
 * (whitespace removed) equals the truth, rows matched in order; a table on the wrong page, split in two or missing
 * scores no cell. Standard tables ("exact" fidelity) are compared on their grid (header rows and body rows);
 * attachment tables ("approximate": cell texts and order exact, grid placement best effort) as the sequence of their
 * non-empty cells.
 */
public final class TruthScorer {

    /**
     * @param id       the table id of the truth
     * @param standard one of the nine standard tables (exact fidelity)
     * @param problem  why no cell could count (missing, wrong page, split), or null
     */
    public record TableScore(String id, boolean standard, int cells, int matched, String problem) {
        public double share() {
            return cells == 0 ? 1 : (double) matched / cells;
        }
    }

    private TruthScorer() {
    }

    public static List<TableScore> score(JsonNode truth, List<Table> extracted) {
        List<TableScore> scores = new ArrayList<>();
        for (JsonNode expected : truth.get("tables")) {
            String id = expected.get("id").asText();
            boolean standard = "exact".equals(expected.get("fidelity").asText());
            List<List<String>> truthRows = new ArrayList<>(texts(expected.get("header_rows")));
            truthRows.addAll(texts(expected.get("rows")));
            int cells = standard ? truthRows.stream().mapToInt(List::size).sum() : nonEmpty(truthRows).size();
            List<Table> candidates = extracted.stream().filter(table -> table.id().equals(id)).toList();
            String problem = candidates.isEmpty() ? "missing"
                    : candidates.size() > 1 ? "split in " + candidates.size()
                    : candidates.get(0).page() != expected.get("page").asInt()
                    ? "on page " + candidates.get(0).page() + ", not " + expected.get("page").asInt() : null;
            int matched = 0;
            if (problem == null) {
                List<List<String>> rows = rowsOf(candidates.get(0));
                matched = standard ? alignRows(truthRows, rows) : commonSubsequence(nonEmpty(truthRows), nonEmpty(rows));
            }
            scores.add(new TableScore(id, standard, cells, matched, problem));
        }
        return scores;
    }

    static List<List<String>> rowsOf(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<List<Cell>> part : List.of(table.headerRows(), table.rows())) {
            for (List<Cell> row : part) {
                rows.add(row.stream().map(Cell::text).toList());
            }
        }
        return rows;
    }

    /** The most cells that can match with truth rows and extracted rows paired in order (rows may be skipped). */
    private static int alignRows(List<List<String>> truth, List<List<String>> actual) {
        int[][] best = new int[truth.size() + 1][actual.size() + 1];
        for (int i = 1; i <= truth.size(); i++) {
            for (int j = 1; j <= actual.size(); j++) {
                int paired = best[i - 1][j - 1] + matchingCells(truth.get(i - 1), actual.get(j - 1));
                best[i][j] = Math.max(paired, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        return best[truth.size()][actual.size()];
    }

    private static int matchingCells(List<String> truth, List<String> actual) {
        int matched = 0;
        for (int k = 0; k < Math.min(truth.size(), actual.size()); k++) {
            if (compact(truth.get(k)).equals(compact(actual.get(k)))) {
                matched++;
            }
        }
        return matched;
    }

    private static int commonSubsequence(List<String> truth, List<String> actual) {
        int[][] best = new int[truth.size() + 1][actual.size() + 1];
        for (int i = 1; i <= truth.size(); i++) {
            for (int j = 1; j <= actual.size(); j++) {
                best[i][j] = truth.get(i - 1).equals(actual.get(j - 1)) ? best[i - 1][j - 1] + 1
                        : Math.max(best[i - 1][j], best[i][j - 1]);
            }
        }
        return best[truth.size()][actual.size()];
    }

    private static List<String> nonEmpty(List<List<String>> rows) {
        return rows.stream().flatMap(List::stream).map(TruthScorer::compact).filter(text -> !text.isEmpty()).toList();
    }

    private static List<List<String>> texts(JsonNode rows) {
        List<List<String>> texts = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.isNull() ? "" : cell.asText()));
            texts.add(cells);
        }
        return texts;
    }

    static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
