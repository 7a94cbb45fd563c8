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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores the engine on corpus documents as corpus/README.md describes. A finding matches an expected one when its rule
 * id is the expected rule id or an alternative and {@link LocationMatch} finds it points there; expected items and
 * findings are paired one to one, closest matches first. Recall: counted expected findings (error or warning, high or
 * medium confidence) paired with one of our error/warning findings. Precision: our error/warning findings paired with a
 * counted expected finding; one that points at a low-confidence or info expectation counts neither way; any other is a
 * false alarm (a hit on a passed check, on nothing, or a second finding for an item another finding claimed).
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

        List<Candidate> candidates = candidates(expected, reported, new LocationMatch(document));
        Map<Integer, Integer> findingOf = new HashMap<>();
        Map<Integer, Integer> expectedOf = new HashMap<>();
        for (Candidate c : candidates) {
            if (!findingOf.containsKey(c.expected()) && !expectedOf.containsKey(c.finding())) {
                findingOf.put(c.expected(), c.finding());
                expectedOf.put(c.finding(), c.expected());
            }
        }
        List<ExpectedFindings.Expected> hits = new ArrayList<>();
        List<ExpectedFindings.Expected> misses = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (expected.get(e).counted()) {
                (findingOf.containsKey(e) ? hits : misses).add(expected.get(e));
            }
        }
        List<Finding> truePositives = new ArrayList<>();
        List<FalseAlarm> falseAlarms = new ArrayList<>();
        for (int f = 0; f < reported.size(); f++) {
            int finding = f;
            List<ExpectedFindings.Expected> claimable = candidates.stream().filter(c -> c.finding() == finding)
                    .map(c -> expected.get(c.expected())).toList();
            if (expectedOf.containsKey(f) && expected.get(expectedOf.get(f)).counted()) {
                truePositives.add(reported.get(f));
            } else if (claimable.stream().allMatch(ExpectedFindings.Expected::counted)) {
                falseAlarms.add(new FalseAlarm(reported.get(f),
                        claimable.stream().map(ExpectedFindings.Expected::id).findFirst().orElse(null)));
            }
        }
        return new DocumentScore(folder.getFileName().toString(), firstMillis, warmMillis, result.findings().size(), hits,
                misses,
                truePositives, falseAlarms, result.failures().stream().map(ValidationEngine.RuleFailure::ruleId).toList());
    }

    /**
     * Every (expected, finding) pair where the finding claims the expected item, closest first, so that a greedy pass
     * pairs each expected item with at most one finding and each finding with at most one expected item.
     */
    private static List<Candidate> candidates(List<ExpectedFindings.Expected> expected, List<Finding> reported,
                                              LocationMatch location) {
        List<Candidate> candidates = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            for (int f = 0; f < reported.size(); f++) {
                int closeness = closeness(expected.get(e), reported.get(f), location);
                if (closeness > 0) {
                    candidates.add(new Candidate(e, f, closeness));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::closeness).reversed());
        return candidates;
    }

    /** 0 unless the finding's rule may claim the expected item and it points there; the item's own rule id first. */
    private static int closeness(ExpectedFindings.Expected e, Finding f, LocationMatch location) {
        if (!e.ruleIds().contains(f.ruleId())) {
            return 0;
        }
        int score = location.score(e, f);
        return score == 0 ? 0 : 2 * score + (e.ruleIds().get(0).equals(f.ruleId()) ? 1 : 0);
    }

    private record Candidate(int expected, int finding, int closeness) {
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

    /**
     * One of our error/warning findings that counts against precision.
     *
     * @param duplicateOf the counted expected item it points at, which a closer finding claimed (null when none)
     */
    record FalseAlarm(Finding finding, String duplicateOf) {
    }

    /**
     * The score of one document; {@link #restrictedTo} keeps only some rule families.
     *
     * @param firstMillis wall time of the first validation (cold: class loading, JIT, caches)
     * @param warmMillis  median CPU time of a validation after warm-up
     */
    record DocumentScore(String document, double firstMillis, double warmMillis, int findings, List<ExpectedFindings.Expected> hits,
                         List<ExpectedFindings.Expected> misses, List<Finding> truePositives, List<FalseAlarm> falseAlarms,
                         List<String> failedRules) {

        DocumentScore restrictedTo(Predicate<String> ruleIds) {
            return new DocumentScore(document, firstMillis, warmMillis, findings,
                    hits.stream().filter(e -> ruleIds.test(e.ruleIds().get(0))).toList(),
                    misses.stream().filter(e -> ruleIds.test(e.ruleIds().get(0))).toList(),
                    truePositives.stream().filter(f -> ruleIds.test(f.ruleId())).toList(),
                    falseAlarms.stream().filter(f -> ruleIds.test(f.finding().ruleId())).toList(),
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
