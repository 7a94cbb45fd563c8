package io.ledgerlint.validate.rules.nar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.testsupport.CorpusDocuments;
import io.ledgerlint.validate.engine.CatalogueLoader;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationEngine;
import io.ledgerlint.validate.fixtures.TruthDocuments;
import io.ledgerlint.validate.rules.perf.PerfRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NAR and PERF families on the corpus truth: every expected high/medium NAR/PERF finding of severity
 * error/warning is found (by rule id or an alternative id), and every error/warning the families report is one the
 * auditors expected (a low-confidence expectation counts neither way).
 */
class NarPerfCorpusTest {

    private static final ValidationEngine ENGINE = new ValidationEngine(RuleRegistry.of(
            List.of(new NarRules(), new PerfRules()), new CatalogueLoader(NarPerfCorpusTest.class.getClassLoader())),
            MessageTemplate.Language.ZH);

    static Stream<Path> documents() {
        return CorpusDocuments.all().stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void findsTheExpectedFindingsAndNothingElse(Path document) throws IOException {
        var result = ENGINE.validate(TruthDocuments.load(document));
        assertThat(result.failures()).isEmpty();
        JsonNode expected = new ObjectMapper().readTree(document.resolve("expected-findings.json").toFile());

        List<Finding> reported = result.findings().stream()
                .filter(f -> !f.severity().equals("info") && !f.confidence().equals("low")).toList();
        List<Finding> unmatched = new ArrayList<>(reported);
        Set<String> anyConfidence = new HashSet<>();
        int expectedCount = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode e : expected.path("findings")) {
            Set<String> ids = new HashSet<>();
            ids.add(e.path("rule_id").asText());
            e.path("alt_rule_ids").forEach(a -> ids.add(a.asText()));
            if (ids.stream().noneMatch(id -> id.startsWith("NAR-") || id.startsWith("PERF-"))) {
                continue;
            }
            anyConfidence.addAll(ids);
            boolean counted = !e.path("severity").asText().equals("info") && !e.path("confidence").asText().equals("low");
            if (!counted) {
                continue;
            }
            expectedCount++;
            var hit = unmatched.stream().filter(f -> ids.contains(f.ruleId())).findFirst();
            if (hit.isPresent()) {
                unmatched.remove(hit.get());
            } else if (reported.stream().noneMatch(f -> ids.contains(f.ruleId()))) {
                missed.add(e.path("id").asText() + " " + ids);
            }
        }
        List<String> falsePositives = unmatched.stream().filter(f -> !anyConfidence.contains(f.ruleId()))
                .map(f -> f.ruleId() + " " + f.message()).toList();
        System.out.printf("%s NAR/PERF: expected %d, missed %d, reported %d, unexpected %d%n",
                document.getFileName(), expectedCount, missed.size(), reported.size(), falsePositives.size());
        assertThat(missed).as("missed expected findings").isEmpty();
        assertThat(falsePositives).as("findings no auditor expected").isEmpty();
    }
}
