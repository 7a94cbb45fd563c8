package io.ledgerlint.deploy.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/** The little JSON the benchmark reads: trees, and the ISO-8601 timestamps events and the API write. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json.substring(0, Math.min(json.length(), 200)), e);
        }
    }

    /** The timestamp in {@code field}; null when it is missing or null. */
    public static Instant instant(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }
}
