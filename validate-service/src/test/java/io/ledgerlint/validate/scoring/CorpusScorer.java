package io.ledgerlint.validate.scoring;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.validate.engine.ValidationEngine;
import io.ledgerlint.validate.fixtures.TruthDocuments;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Runs before timing, so that class loading, JIT compilation and one-off caches are not counted. */
    private static final int WARM_UP_RUNS = 30;
    private static final int TIMED_RUNS = 21;

    private final ValidationEngine engine;

    CorpusScorer(ValidationEngine engine) {
        this.engine = engine;
    }

    DocumentScore score(Path folder) {
        var document = TruthDocuments.load(folder);
        long start = System.nanoTime();
        ValidationEngine.ValidationResult result = engine.validate(document);
        double firstMillis = (System.nanoTime() - start) / 1e6;
        double warmMillis = warmMillis(document);
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
        return new DocumentScore(folder.getFileName().toString(), firstMillis, warmMillis, result.findings().size(), hits,
                misses,
                truePositives, falseAlarms, result.failures().stream().map(ValidationEngine.RuleFailure::ruleId).toList());
    }

    /**
     * The median CPU time of one validation once the engine is warm, as a long-running service sees it. CPU time of
     * this thread rather than wall time, so that other processes on a loaded machine do not inflate the figure.
     */
    private double warmMillis(TablesExtracted document) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            engine.validate(document);
        }
        long[] nanos = new long[TIMED_RUNS];
        for (int i = 0; i < TIMED_RUNS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            engine.validate(document);
            nanos[i] = threads.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[TIMED_RUNS / 2] / 1e6;
    }

    private static boolean defect(Finding f) {
        return Set.of("error", "warning").contains(f.severity());
    }

    private static boolean claims(ExpectedFindings.Expected e, Finding f) {
        return e.ruleIds().contains(f.ruleId()) && LocationMatch.matches(e, f);
    }

    /**
     * The score of one document; {@link #restrictedTo} keeps only some rule families.
     *
     * @param firstMillis wall time of the first validation (cold: class loading, JIT, caches)
     * @param warmMillis  median CPU time of a validation after warm-up
     */
    record DocumentScore(String document, double firstMillis, double warmMillis, int findings, List<ExpectedFindings.Expected> hits,
                         List<ExpectedFindings.Expected> misses, List<Finding> truePositives, List<Finding> falseAlarms,
                         List<String> failedRules) {

        DocumentScore restrictedTo(Predicate<String> ruleIds) {
            return new DocumentScore(document, firstMillis, warmMillis, findings,
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
