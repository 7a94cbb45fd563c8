package io.ledgerlint.evaluation.report;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.evaluation.corpus.Kind;
import io.ledgerlint.evaluation.floors.Floors;
import io.ledgerlint.evaluation.scoring.DocumentEvaluation;
import io.ledgerlint.evaluation.scoring.TwinResult;
import io.ledgerlint.parse.benchmark.TruthScorer.TableScore;
import io.ledgerlint.validate.scoring.ExpectedFindings;
import io.ledgerlint.validate.scoring.FindingsMatch;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The evaluation as Markdown: per class, per document, per standard table, then every miss and false alarm. */
public final class EvaluationReport {

    private static final String NONE = "—";

    private EvaluationReport() {
    }

    /** The summary, then each standard table of each document and every miss and false alarm. */
    public static String full(List<DocumentEvaluation> evaluations, List<ClassSummary> classes, double seconds) {
        StringBuilder out = new StringBuilder(summary(evaluations, classes, seconds));
        tableMatrix(out, evaluations);
        details(out, evaluations);
        return out.toString();
    }

    /** What was measured and how, the per-class table and the per-document table. */
    public static String summary(List<DocumentEvaluation> evaluations, List<ClassSummary> classes, double seconds) {
        StringBuilder out = new StringBuilder("# End-to-end evaluation\n\n");
        long variants = evaluations.stream().filter(e -> e.document().kind() != Kind.ORIGINAL).count();
        out.append(format("Documents: %d from the corpus, %d variants. Parsed and validated in one JVM in %.1f s "
                        + "(CPU time: parsing %.1f s, validating %.1f s).%n%n",
                evaluations.size() - variants, variants, seconds,
                evaluations.stream().mapToDouble(e -> e.run().parseMillis()).sum() / 1000,
                evaluations.stream().mapToDouble(e -> e.run().validateMillis()).sum() / 1000));
        out.append("""
                Scored as corpus/README.md describes, on the parser's real output: *cells*, the nine standard tables' \
                cells whose text (whitespace removed) equals the truth, rows in order (a table on the wrong page, \
                split or missing scores none); *recall*, the expected error/warning findings of high or medium \
                confidence that one of our findings matches; *precision*, our error/warning findings that match one. \
                An error twin is caught when one of the counted findings its injected error must raise is matched; a \
                neutral twin's false alarms are our error/warning findings that match none of its source's expected \
                findings (one the source itself raises counts too).

                """);
        classTable(out, classes);
        documentTable(out, evaluations);
        return out.toString();
    }

    private static void classTable(StringBuilder out, List<ClassSummary> classes) {
        out.append("## Per variation class\n\n| class | documents | cells exact % | recall | precision "
                + "| error-twin catch rate | neutral-twin false alarms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (ClassSummary c : classes) {
            out.append(format("| %s | %d | %s | %s | %s | %s | %s |%n", c.variationClass(), c.documents(),
                    percent(c.cellsMatched(), c.cells()), ratio(c.hits(), c.counted()),
                    ratio(c.truePositives(), c.reported()),
                    c.errorTwins() == 0 ? NONE : ratio(c.caught(), c.errorTwins()),
                    c.neutralTwins() == 0 ? NONE : format("%d (in %d of %d twins)", c.neutralFalseAlarms(),
                            c.neutralAlarmed(), c.neutralTwins())));
        }
        out.append('\n');
    }

    private static void documentTable(StringBuilder out, List<DocumentEvaluation> evaluations) {
        out.append("## Per document\n\n| document | class | kind | cells exact % | recall | precision | twin "
                + "| parse ms (CPU) | validate ms (CPU) | notes |\n|---|---|---|---:|---:|---:|---|---:|---:|---|\n");
        for (DocumentEvaluation e : evaluations) {
            FindingsMatch f = e.findings();
            out.append(format("| %s | %s | %s | %s | %s | %s | %s | %.0f | %.0f | %s |%n", e.document().name(),
                    e.document().variationClass(), e.document().kind().label(),
                    percent(e.cellsMatched(), e.cells()),
                    ratio(f.hits().size(), f.hits().size() + f.misses().size()),
                    ratio(f.truePositives().size(), f.truePositives().size() + f.falseAlarms().size()),
                    twin(e), e.run().parseMillis(), e.run().validateMillis(), notes(e)));
        }
        out.append('\n');
    }

    /** Each document's standard tables: the share of cells extracted exactly, or why none counted. */
    private static void tableMatrix(StringBuilder out, List<DocumentEvaluation> evaluations) {
        List<String> ids = evaluations.get(0).standardTables().stream().map(TableScore::id).toList();
        out.append("## Standard tables per document (cells exact %)\n\n| document | ")
                .append(String.join(" | ", ids)).append(" |\n|---|")
                .append("---:|".repeat(ids.size())).append('\n');
        for (DocumentEvaluation e : evaluations) {
            out.append("| ").append(e.document().name()).append(" | ")
                    .append(e.standardTables().stream().map(t -> t.problem() != null ? t.problem()
                            : format("%.1f", 100 * Floors.roundDown(t.share()))).collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static void details(StringBuilder out, List<DocumentEvaluation> evaluations) {
        out.append("## Misses and false alarms\n\n");
        for (DocumentEvaluation e : evaluations) {
            if (e.findings().misses().isEmpty() && e.findings().falseAlarms().isEmpty()) {
                continue;
            }
            out.append("### ").append(e.document().name()).append("\n\n");
            e.findings().misses().forEach(m -> out.append("- miss ").append(describe(m)).append('\n'));
            e.findings().falseAlarms().forEach(a -> out.append("- false alarm ")
                    .append(a.duplicateOf() != null ? "(second finding for " + a.duplicateOf() + ") " : "")
                    .append(describe(a.finding())).append('\n'));
            out.append('\n');
        }
    }

    private static String twin(DocumentEvaluation e) {
        if (e.twin() instanceof TwinResult.ErrorTwin twin) {
            return format("%s (%d of %d injected findings)", twin.caught() ? "caught" : "missed",
                    twin.matched().size(), twin.injected().size());
        }
        if (e.twin() instanceof TwinResult.NeutralTwin twin) {
            return twin.falseAlarms().isEmpty() ? "no false alarm" : twin.falseAlarms().size() + " false alarms";
        }
        return NONE;
    }

    private static String notes(DocumentEvaluation e) {
        if (e.run().failure() != null) {
            return e.run().failure().replace('|', '/');
        }
        return e.run().failedRules().isEmpty() ? "" : "rules that threw: " + String.join(", ", e.run().failedRules());
    }

    private static String describe(ExpectedFindings.Expected expected) {
        return expected.id() + " " + expected.ruleIds().get(0) + " at "
                + (expected.section() != null ? expected.section() : expected.table())
                + (expected.row() != null ? " / " + expected.row() : "");
    }

    private static String describe(Finding finding) {
        return finding.ruleId() + " at " + finding.locations().stream()
                .map(l -> (l.table() != null ? l.table() : l.section()) + (l.row() != null ? " / " + l.row() : ""))
                .collect(Collectors.joining(", ")) + ": " + finding.message();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? NONE : format("%.1f %% (%d / %d)", 100 * Floors.roundDown((double) part / whole), part,
                whole);
    }

    /**
     * A share rounded down to 3 decimals, as floors.json holds it; 1 when there is nothing to count, as the scorers
     * say.
     */
    private static String ratio(int part, int whole) {
        return format("%.3f (%d / %d)", Floors.roundDown(whole == 0 ? 1.0 : (double) part / whole), part, whole);
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
