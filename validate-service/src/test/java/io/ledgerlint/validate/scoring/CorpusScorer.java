package io.ledgerlint.validate.scoring;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.validate.engine.ValidationEngine;
import io.ledgerlint.validate.fixtures.TruthDocuments;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Scores the engine on corpus documents as corpus/README.md describes, on their exact tables (truth.json), so that the
 * rules are measured apart from the PDF extractor; {@link FindingsMatch} pairs the findings with the expected ones.
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
        FindingsMatch match = FindingsMatch.of(document, result.findings(), ExpectedFindings.load(folder).findings());
        return new DocumentScore(folder.getFileName().toString(), firstMillis, warmMillis, result.findings().size(),
                match, result.failures().stream().map(ValidationEngine.RuleFailure::ruleId).toList());
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

    /**
     * The score of one document; {@link #restrictedTo} keeps only some rule families.
     *
     * @param firstMillis wall time of the first validation (cold: class loading, JIT, caches)
     * @param warmMillis  median CPU time of a validation after warm-up
     */
    record DocumentScore(String document, double firstMillis, double warmMillis, int findings, FindingsMatch match,
                         List<String> failedRules) {

        DocumentScore restrictedTo(Predicate<String> ruleIds) {
            return new DocumentScore(document, firstMillis, warmMillis, findings, match.restrictedTo(ruleIds),
                    failedRules.stream().filter(ruleIds).toList());
        }

        List<ExpectedFindings.Expected> hits() {
            return match.hits();
        }

        List<ExpectedFindings.Expected> misses() {
            return match.misses();
        }

        List<Finding> truePositives() {
            return match.truePositives();
        }

        List<FindingsMatch.FalseAlarm> falseAlarms() {
            return match.falseAlarms();
        }

        double recall() {
            return match.recall();
        }

        double precision() {
            return match.precision();
        }
    }
}
