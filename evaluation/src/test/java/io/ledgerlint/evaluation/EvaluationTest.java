package io.ledgerlint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.evaluation.corpus.EvaluationCorpus;
import io.ledgerlint.evaluation.floors.Floors;
import io.ledgerlint.evaluation.pipeline.Pipeline;
import io.ledgerlint.evaluation.report.ClassSummary;
import io.ledgerlint.evaluation.report.EvaluationReport;
import io.ledgerlint.evaluation.scoring.DocumentEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The product end to end on every corpus document and variant: parsed by the real parser, validated by the real
 * engine, scored per document and per variation class, and held at the floors of {@code floors.json}. Run it alone
 * from the project root with
 * {@code ./mvnw -q -pl evaluation -am verify -Dtest=EvaluationTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dquarkus.build.skip}; the per-class and per-document tables are printed, the full report is written to
 * {@code evaluation/target/evaluation-report.md}.
 */
class EvaluationTest {

    @Test
    void scoresEveryClassAtLeastAtItsFloors() throws IOException {
        long start = System.nanoTime();
        Pipeline pipeline = new Pipeline();
        List<DocumentEvaluation> evaluations = EvaluationCorpus.documents().stream()
                .map(document -> DocumentEvaluation.of(document, pipeline.run(document.pdf()))).toList();
        List<ClassSummary> classes = ClassSummary.of(evaluations);
        double seconds = (System.nanoTime() - start) / 1e9;

        Path file = Path.of(System.getProperty("ledgerlint.evaluation.report", "target/evaluation-report.md"))
                .toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, EvaluationReport.full(evaluations, classes, seconds));
        System.out.println(EvaluationReport.summary(evaluations, classes, seconds)
                + "Each standard table, every miss and false alarm: " + file + "\n");

        assertThat(classes).extracting(ClassSummary::variationClass).as("classes evaluated")
                .contains(EvaluationCorpus.CORPUS_CLASS);
        assertThat(Floors.load().violations(classes)).as("figures below their floors (%s)", Floors.RESOURCE)
                .isEmpty();
    }
}
