package io.ledgerlint.evaluation.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.evaluation.corpus.EvaluationDocument;
import io.ledgerlint.evaluation.corpus.Kind;
import io.ledgerlint.evaluation.pipeline.PipelineRun;
import io.ledgerlint.parse.benchmark.TruthScorer;
import io.ledgerlint.parse.benchmark.TruthScorer.TableScore;
import io.ledgerlint.validate.scoring.ExpectedFindings;
import io.ledgerlint.validate.scoring.FindingsMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One document scored end to end, as corpus/README.md describes: the parser's nine standard tables against truth.json
 * (per table; wrong page, split or missing scores no cell), the engine's findings against expected-findings.json, and
 * for a twin how it fared against its source.
 *
 * @param standardTables the scores of tables 01–09
 * @param twin           null unless the document is a twin
 */
public record DocumentEvaluation(EvaluationDocument document, PipelineRun run, List<TableScore> standardTables,
                                 FindingsMatch findings, TwinResult twin) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static DocumentEvaluation of(EvaluationDocument document, PipelineRun run) {
        List<TableScore> tables = TruthScorer.score(truth(document), run.extraction() == null ? List.of()
                : run.extraction().tables()).stream().filter(TableScore::standard).toList();
        List<ExpectedFindings.Expected> expected = ExpectedFindings.load(document.folder()).findings();
        FindingsMatch findings = match(run, expected);
        return new DocumentEvaluation(document, run, tables, findings, twin(document, run, expected, findings));
    }

    public int cells() {
        return standardTables.stream().mapToInt(TableScore::cells).sum();
    }

    public int cellsMatched() {
        return standardTables.stream().mapToInt(TableScore::matched).sum();
    }

    /** Without an extraction nothing is found: every counted expected finding is missed. */
    private static FindingsMatch match(PipelineRun run, List<ExpectedFindings.Expected> expected) {
        if (run.extraction() == null) {
            return new FindingsMatch(List.of(), expected.stream().filter(ExpectedFindings.Expected::counted).toList(),
                    List.of(), List.of());
        }
        return FindingsMatch.of(run.extraction(), run.findings(), expected);
    }

    private static TwinResult twin(EvaluationDocument document, PipelineRun run,
                                   List<ExpectedFindings.Expected> expected, FindingsMatch findings) {
        if (document.kind() == Kind.ERROR_TWIN) {
            List<String> injected = expected.stream().filter(ExpectedFindings.Expected::counted)
                    .map(ExpectedFindings.Expected::id).filter(document.injectedIds()::contains).toList();
            if (injected.isEmpty()) {
                throw new IllegalStateException(document.folder() + ": none of the injected findings "
                        + document.injectedIds() + " is a counted one in expected-findings.json");
            }
            return new TwinResult.ErrorTwin(injected, findings.hits().stream().map(ExpectedFindings.Expected::id)
                    .filter(injected::contains).toList());
        }
        if (document.kind() == Kind.NEUTRAL_TWIN) {
            if (run.extraction() == null) {
                return new TwinResult.NeutralTwin(List.of());
            }
            List<ExpectedFindings.Expected> ofSource = ExpectedFindings.load(document.source()).findings();
            return new TwinResult.NeutralTwin(FindingsMatch.of(run.extraction(), run.findings(), ofSource)
                    .falseAlarms().stream().filter(alarm -> alarm.duplicateOf() == null)
                    .map(FindingsMatch.FalseAlarm::finding).toList());
        }
        return null;
    }

    private static JsonNode truth(EvaluationDocument document) {
        try {
            return JSON.readTree(document.folder().resolve("truth.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
