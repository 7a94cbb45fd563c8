package io.ledgerlint.validate.scoring;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.validate.engine.ValidationEngine;
import io.ledgerlint.validate.fixtures.TruthDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores the engine on corpus documents as corpus/README.md describes. Recall: counted expected findings (error or
 * warning, high or medium confidence) matched by one of our error/warning findings. Precision: our error/warning
 * findings that match a counted expected finding; one that matches a low-confidence or info expectation counts
 * neither way; any other is a false alarm (a hit on a passed check or on nothing).
 */
final class CorpusScorer {

    private final ValidationEngine engine;

    CorpusScorer(ValidationEngine engine) {
        this.engine = engine;
    }

    DocumentScore score(Path folder) {
        var document = TruthDocuments.load(folder);
        long start = System.nanoTime();
        ValidationEngine.ValidationResult result = engine.validate(document);
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<ExpectedFindings.Expected> expected = ExpectedFindings.load(folder).findings();
        List<Finding> reported = result.findings().stream().filter(CorpusScorer::defect).toList();

        List<ExpectedFindings.Expected> hits = new ArrayList<>();
        List<ExpectedFindings.Expected> misses = new ArrayList<>();
        for (ExpectedFindings.Expected e : expected) {
            if (!e.counted()) {
                continue;
            }
            (reported.stream().anyMatch(f -> claims(e, f)) ? hits : misses).add(e);
        }
        List<Finding> truePositives = new ArrayList<>();
        List<Finding> falseAlarms = new ArrayList<>();
        for (Finding f : reported) {
            List<ExpectedFindings.Expected> claimed = expected.stream().filter(e -> claims(e, f)).toList();
            if (claimed.stream().anyMatch(ExpectedFindings.Expected::counted)) {
                truePositives.add(f);
            } else if (claimed.isEmpty()) {
                falseAlarms.add(f);
            }
        }
        return new DocumentScore(folder.getFileName().toString(), millis, result.findings().size(), hits, misses,
                truePositives, falseAlarms, result.failures().stream().map(ValidationEngine.RuleFailure::ruleId).toList());
    }

    private static boolean defect(Finding f) {
        return Set.of("error", "warning").contains(f.severity());
    }

    private static boolean claims(ExpectedFindings.Expected e, Finding f) {
        return e.ruleIds().contains(f.ruleId()) && LocationMatch.matches(e, f);
    }

    /** The score of one document; {@link #restrictedTo} keeps only some rule families. */
    record DocumentScore(String document, long millis, int findings, List<ExpectedFindings.Expected> hits,
                         List<ExpectedFindings.Expected> misses, List<Finding> truePositives, List<Finding> falseAlarms,
                         List<String> failedRules) {

        DocumentScore restrictedTo(Predicate<String> ruleIds) {
            return new DocumentScore(document, millis, findings,
                    hits.stream().filter(e -> ruleIds.test(e.ruleIds().get(0))).toList(),
                    misses.stream().filter(e -> ruleIds.test(e.ruleIds().get(0))).toList(),
                    truePositives.stream().filter(f -> ruleIds.test(f.ruleId())).toList(),
                    falseAlarms.stream().filter(f -> ruleIds.test(f.ruleId())).toList(),
                    failedRules.stream().filter(ruleIds).toList());
        }

        double recall() {
            int counted = hits.size() + misses.size();
            return counted == 0 ? 1.0 : (double) hits.size() / counted;
        }

        double precision() {
            int reported = truePositives.size() + falseAlarms.size();
            return reported == 0 ? 1.0 : (double) truePositives.size() / reported;
        }
    }
}
