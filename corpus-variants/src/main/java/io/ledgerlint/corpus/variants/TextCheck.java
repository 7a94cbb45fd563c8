package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Checks that the printed PDF's text is the truth's text (whitespace aside): cover, headings, every narrative line,
 * and for each table its caption lines, notes, and every header and body row, on the pages the truth gives.
 */
final class TextCheck {

    private TextCheck() {
    }

    static void check(String name, ObjectNode truth, PageLocator printed) {
        String all = printed.all();
        truth.path("cover").forEach(line -> require(name, all, line.asText(), "cover"));
        for (JsonNode section : truth.path("sections")) {
            require(name, all, section.path("heading").asText() + section.path("title").asText(), "part heading");
            lines(name, all, section.path("text").asText(""));
            for (JsonNode sub : section.path("subsections")) {
                require(name, all, sub.path("heading").asText(), "heading");
                lines(name, all, sub.path("text").asText(""));
            }
        }
        for (ObjectNode table : TruthTransforms.tables(truth)) {
            String id = table.path("id").asText();
            String range = printed.range(table.path("page").asInt(), table.path("page_end").asInt());
            for (String field : List.of("label", "title", "department", "unit_line")) {
                JsonNode value = table.get(field);
                if (value != null && !value.isNull()) {
                    require(name, range, value.asText(), "table " + id + " " + field);
                }
            }
            table.path("pre_lines").forEach(line -> require(name, all, line.asText(), "table " + id + " pre_lines"));
            table.path("notes").forEach(note -> require(name, all, note.asText(), "table " + id + " note"));
            for (String rows : List.of("header_rows", "rows")) {
                int r = 0;
                for (JsonNode row : table.path(rows)) {
                    StringBuilder text = new StringBuilder();
                    row.forEach(cell -> text.append(cell.asText()));
                    require(name, range, text.toString(), "table " + id + " " + rows + "[" + r++ + "]");
                }
            }
        }
    }

    private static void lines(String name, String all, String text) {
        for (String line : text.split("\n")) {
            require(name, all, line, "narrative line");
        }
    }

    private static void require(String name, String haystack, String text, String what) {
        String needle = Text.compact(text);
        if (!needle.isEmpty() && !haystack.contains(needle)) {
            throw new IllegalStateException(name + ": " + what + " '" + text + "' not found in the PDF text");
        }
    }
}
