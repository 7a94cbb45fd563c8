package io.ledgerlint.validate.scoring;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One document's error/warning findings paired with its expected findings as corpus/README.md describes. A finding
 * matches an expected one when its rule id is the expected rule id or an alternative and {@link LocationMatch} finds it
 * points there; expected items and findings are paired one to one, closest matches first. Recall: counted expected
 * findings (error or warning, high or medium confidence) paired with one of our error/warning findings. Precision: our
 * error/warning findings paired with a counted expected finding; one that points at a low-confidence or info
 * expectation counts neither way; any other is a false alarm (a hit on a passed check, on nothing, or a second finding
 * for an item another finding claimed).
 */
public record FindingsMatch(List<ExpectedFindings.Expected> hits, List<ExpectedFindings.Expected> misses,
                            List<Finding> truePositives, List<FalseAlarm> falseAlarms) {

    /**
     * Pairs {@code findings} (all severities; only error/warning ones are scored) with {@code expected}. The locations
     * are read against {@code document}, the extraction the findings were produced from.
     */
    public static FindingsMatch of(TablesExtracted document, List<Finding> findings,
                                   List<ExpectedFindings.Expected> expected) {
        List<Finding> reported = findings.stream().filter(FindingsMatch::defect).toList();
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
        return new FindingsMatch(hits, misses, truePositives, falseAlarms);
    }

    /** Only what concerns the given rule ids: expected items by their own rule id, findings by theirs. */
    public FindingsMatch restrictedTo(Predicate<String> ruleIds) {
        return new FindingsMatch(
                hits.stream().filter(e -> ruleIds.test(e.ruleIds().get(0))).toList(),
                misses.stream().filter(e -> ruleIds.test(e.ruleIds().get(0))).toList(),
                truePositives.stream().filter(f -> ruleIds.test(f.ruleId())).toList(),
                falseAlarms.stream().filter(f -> ruleIds.test(f.finding().ruleId())).toList());
    }

    public double recall() {
        int counted = hits.size() + misses.size();
        return counted == 0 ? 1.0 : (double) hits.size() / counted;
    }

    public double precision() {
        int reported = truePositives.size() + falseAlarms.size();
        return reported == 0 ? 1.0 : (double) truePositives.size() / reported;
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

    private static boolean defect(Finding f) {
        return Set.of("error", "warning").contains(f.severity());
    }

    private record Candidate(int expected, int finding, int closeness) {
    }

    /**
     * One of our error/warning findings that counts against precision.
     *
     * @param duplicateOf the counted expected item it points at, which a closer finding claimed (null when it points at
     *                    no expected item at all)
     */
    public record FalseAlarm(Finding finding, String duplicateOf) {
    }
}
