package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out. The output keeps the corpus layout (one-space indent, non-ASCII characters as they are) but prints
 * an array of scalars on one line, so a table row is one line of {@code truth.json}.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode readObject(Path file) {
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalStateException(file + ": not a JSON object");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void write(Path file, JsonNode node) {
        StringBuilder out = new StringBuilder();
        append(out, node, 0);
        out.append('\n');
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String toText(JsonNode node) {
        StringBuilder out = new StringBuilder();
        append(out, node, 0);
        return out.toString();
    }

    private static void append(StringBuilder out, JsonNode node, int depth) {
        if (node instanceof ObjectNode object) {
            if (object.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                indent(out, depth + 1);
                out.append(scalar(MAPPER.getNodeFactory().textNode(field.getKey()))).append(": ");
                append(out, field.getValue(), depth + 1);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append('}');
        } else if (node instanceof ArrayNode array) {
            if (array.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean flat = true;
            for (JsonNode element : array) {
                flat &= element.isValueNode();
            }
            if (flat) {
                List<String> parts = new ArrayList<>();
                array.forEach(element -> parts.add(scalar(element)));
                out.append('[').append(String.join(", ", parts)).append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < array.size(); i++) {
                indent(out, depth + 1);
                append(out, array.get(i), depth + 1);
                out.append(i + 1 < array.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append(']');
        } else {
            out.append(scalar(node));
        }
    }

    private static String scalar(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append(" ".repeat(depth));
    }
}
