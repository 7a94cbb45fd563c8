package io.ledgerlint.validate.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A corpus document's {@code expected-findings.json}: the auditor's findings (passed checks need no reading). */
public record ExpectedFindings(List<Expected> findings) {

    /**
     * One auditor finding with the rule ids that may claim it (the {@code rule_id} first) and where it points: the
     * location's free-text table, section and row (each may be null) and the verbatim sentence it quotes (may be null).
     */
    public record Expected(String id, List<String> ruleIds, String severity, String confidence, String table,
                           String section, String row, String evidence) {

        /** Counted for recall (corpus/README.md): error or warning with high or medium confidence. */
        public boolean counted() {
            return !"info".equals(severity) && !"low".equals(confidence);
        }
    }

    public static ExpectedFindings load(Path documentFolder) {
        try {
            JsonNode root = new ObjectMapper().readTree(documentFolder.resolve("expected-findings.json").toFile());
            List<Expected> findings = new ArrayList<>();
            for (JsonNode f : root.path("findings")) {
                List<String> ids = new ArrayList<>();
                ids.add(f.path("rule_id").asText());
                f.path("alt_rule_ids").forEach(a -> ids.add(a.asText()));
                JsonNode location = f.path("location");
                findings.add(new Expected(f.path("id").asText(), ids, f.path("severity").asText(),
                        f.path("confidence").asText(), text(location, "table"), text(location, "section"),
                        text(location, "row"), text(f, "evidence")));
            }
            return new ExpectedFindings(findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
