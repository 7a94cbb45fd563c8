package io.ledgerlint.evaluation.report;

import io.ledgerlint.evaluation.corpus.EvaluationCorpus;
import io.ledgerlint.evaluation.scoring.DocumentEvaluation;
import io.ledgerlint.evaluation.scoring.TwinResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The figures of one variation class, pooled over its documents (cells over all their cells, recall over all their
 * counted expected findings, precision over all their error/warning findings), so that a small document weighs less.
 *
 * @param neutralAlarmed the neutral twins with at least one false alarm
 */
public record ClassSummary(String variationClass, int documents, int cells, int cellsMatched, int counted, int hits,
                           int reported, int truePositives, int errorTwins, int caught, int neutralTwins,
                           int neutralFalseAlarms, int neutralAlarmed) {

    /** One summary per class, the corpus first, then by name. */
    public static List<ClassSummary> of(List<DocumentEvaluation> evaluations) {
        Map<String, List<DocumentEvaluation>> byClass = new TreeMap<>(Comparator
                .comparing((String c) -> !c.equals(EvaluationCorpus.CORPUS_CLASS)).thenComparing(c -> c));
        evaluations.forEach(e -> byClass.computeIfAbsent(e.document().variationClass(), c -> new ArrayList<>()).add(e));
        return byClass.entrySet().stream().map(entry -> summarise(entry.getKey(), entry.getValue())).toList();
    }

    private static ClassSummary summarise(String variationClass, List<DocumentEvaluation> evaluations) {
        List<TwinResult.ErrorTwin> errorTwins = twins(evaluations, TwinResult.ErrorTwin.class);
        List<TwinResult.NeutralTwin> neutralTwins = twins(evaluations, TwinResult.NeutralTwin.class);
        return new ClassSummary(variationClass, evaluations.size(),
                sum(evaluations, DocumentEvaluation::cells),
                sum(evaluations, DocumentEvaluation::cellsMatched),
                sum(evaluations, e -> e.findings().hits().size() + e.findings().misses().size()),
                sum(evaluations, e -> e.findings().hits().size()),
                sum(evaluations, e -> e.findings().truePositives().size() + e.findings().falseAlarms().size()),
                sum(evaluations, e -> e.findings().truePositives().size()),
                errorTwins.size(),
                (int) errorTwins.stream().filter(TwinResult.ErrorTwin::caught).count(),
                neutralTwins.size(),
                neutralTwins.stream().mapToInt(twin -> twin.falseAlarms().size()).sum(),
                (int) neutralTwins.stream().filter(twin -> !twin.falseAlarms().isEmpty()).count());
    }

    private static int sum(List<DocumentEvaluation> evaluations, ToIntFunction<DocumentEvaluation> figure) {
        return evaluations.stream().mapToInt(figure).sum();
    }

    private static <T extends TwinResult> List<T> twins(List<DocumentEvaluation> evaluations, Class<T> kind) {
        return evaluations.stream().map(DocumentEvaluation::twin).filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Share of the standard tables' cells extracted exactly. */
    public double cellShare() {
        return cells == 0 ? 1.0 : (double) cellsMatched / cells;
    }

    public double recall() {
        return counted == 0 ? 1.0 : (double) hits / counted;
    }

    public double precision() {
        return reported == 0 ? 1.0 : (double) truePositives / reported;
    }
}
