package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A variant's expected-findings.json: the source's, plus an error twin's added findings (ids {@code <nnn>-Vnn}, one
 * group {@code <nnn>-VG01}) and minus the passed checks its injection invalidates; counts recomputed.
 */
final class ExpectedFindings {

    static final List<String> SEVERITIES = List.of("error", "warning", "info");
    static final Set<String> CONFIDENCES = Set.of("high", "medium", "low");

    private ExpectedFindings() {
    }

    /** Rule id → severity ("" for DOC-TYPE, which never reports) from validate-service's catalogue. */
    static Map<String, String> catalogue(Path repo) {
        Path dir = repo.resolve("validate-service/src/main/resources/rules");
        Map<String, String> rules = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode rule : Json.readObject(file).path("rules")) {
                    rules.put(rule.path("id").asText(), rule.path("severity").asText(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule catalogue in " + dir, e);
        }
        if (rules.isEmpty()) {
            throw new IllegalStateException("no rules in " + dir);
        }
        return rules;
    }

    /** The variant's expected findings; for an error twin also the ids it added (returned in {@code addedIds}). */
    static ObjectNode derive(ObjectNode source, VariantSpec spec, String prefix, Map<String, String> catalogue,
            List<String> addedIds) {
        ObjectNode expected = source.deepCopy();
        if (VariantSpec.ERROR_TWIN.equals(spec.kind())) {
            ArrayNode findings = expected.withArray("findings");
            int n = 0;
            for (ObjectNode added : spec.expectedAdded()) {
                String ruleId = added.path("rule_id").asText();
                if (!catalogue.containsKey(ruleId)) {
                    throw new IllegalStateException(spec.name() + ": rule " + ruleId + " is not in the catalogue");
                }
                String severity = added.path("severity").asText();
                if (!SEVERITIES.contains(severity) || !CONFIDENCES.contains(added.path("confidence").asText())) {
                    throw new IllegalStateException(spec.name() + ": bad severity/confidence in " + added);
                }
                // the severity may differ from the catalogue's default: some rules escalate (STRUCT-PRECISION is an
                // error when a cell exceeds the T01 总计)
                ObjectNode finding = expected.objectNode();
                String id = String.format("%s-V%02d", prefix, ++n);
                finding.put("id", id);
                finding.put("group", prefix + "-VG01");
                finding.setAll(added);
                finding.put("injected", true);
                findings.add(finding);
                addedIds.add(id);
            }
            ArrayNode passed = expected.withArray("passed_checks");
            for (String drop : spec.dropPassedChecks()) {
                int removed = 0;
                for (Iterator<JsonNode> it = passed.iterator(); it.hasNext();) {
                    if (it.next().path("rule_id").asText().equals(drop)) {
                        it.remove();
                        removed++;
                    }
                }
                if (removed == 0) {
                    throw new IllegalStateException(spec.name() + ": no passed check with rule_id '" + drop + "'");
                }
            }
        }
        expected.set("counts", counts(expected));
        return expected;
    }

    /** findings by severity, groups by their most severe finding, findings by confidence (as the corpus counts). */
    static ObjectNode counts(ObjectNode expected) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        Map<String, Integer> byConfidence = new LinkedHashMap<>();
        Map<String, String> groupSeverity = new LinkedHashMap<>();
        for (JsonNode finding : expected.path("findings")) {
            String severity = finding.path("severity").asText();
            bySeverity.merge(severity, 1, Integer::sum);
            byConfidence.merge(finding.path("confidence").asText(), 1, Integer::sum);
            String group = finding.path("group").asText(finding.path("id").asText());
            groupSeverity.merge(group, severity,
                    (a, b) -> SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b);
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        groupSeverity.values().forEach(s -> groups.merge(s, 1, Integer::sum));
        ObjectNode counts = expected.objectNode();
        counts.set("findings", ordered(expected, bySeverity, SEVERITIES));
        counts.set("groups_by_max_severity", ordered(expected, groups, SEVERITIES));
        counts.set("confidence", ordered(expected, byConfidence, List.of("high", "medium", "low")));
        return counts;
    }

    private static ObjectNode ordered(ObjectNode factory, Map<String, Integer> values, List<String> order) {
        ObjectNode node = factory.objectNode();
        List<String> keys = new ArrayList<>(order);
        values.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        keys.stream().filter(values::containsKey).forEach(k -> node.put(k, values.get(k)));
        return node;
    }
}
