package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.table.TableView;
import java.util.List;
import java.util.Optional;

/** The 绩效 attachment tables of a document, read once. */
record Attachments(Optional<EvaluationTable> overall, List<EvaluationTable> projects, Optional<BaseData> baseData) {

    static Attachments of(ValidationContext context) {
        return context.derived(Attachments.class, Attachments::read);
    }

    private static Attachments read(ValidationContext context) {
        List<TableView> views = context.document().tables() == null ? List.of() : context.document().tables().stream()
                .map(t -> context.table(t.id())).flatMap(Optional::stream).distinct().toList();
        List<EvaluationTable> tables = views.stream().filter(EvaluationTable::isEvaluationTable)
                .map(EvaluationTable::read).toList();
        Optional<EvaluationTable> overall = tables.stream().filter(t -> t.title().contains("整体")).findFirst();
        List<EvaluationTable> projects = tables.stream().filter(t -> !t.title().contains("整体")).toList();
        return new Attachments(overall, projects, views.stream().filter(BaseData::isBaseData).findFirst().map(BaseData::read));
    }

    List<EvaluationTable> all() {
        return overall.map(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o), projects.stream()).toList())
                .orElse(projects);
    }

    /** The project table whose name is most like {@code name} (similarity ≥ 0.6), if any. */
    Optional<EvaluationTable> project(String name) {
        EvaluationTable best = null;
        double bestScore = 0;
        for (EvaluationTable t : projects) {
            double s = Similarity.of(name, t.name());
            if (s > bestScore) {
                best = t;
                bestScore = s;
            }
        }
        return bestScore >= Similarity.SAME_NAME ? Optional.of(best) : Optional.empty();
    }
}
