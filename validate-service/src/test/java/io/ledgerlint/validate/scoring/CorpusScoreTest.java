package io.ledgerlint.validate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationEngine;
import io.ledgerlint.validate.fixtures.SharedFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The corpus scorer. Run it alone to print the figures:
 * {@code cd validate-service && ../mvnw -o -q test -Dtest=CorpusScoreTest}
 * (the table also lands in {@code target/corpus-score.txt}; "first ms" is the first, cold validation of the document,
 * "warm ms" the median CPU time per validation after warm-up). It holds the families of the table engineer (DOC,
 * STRUCT, T, XT) at their current figures: every counted expected finding found, no false alarm.
 */
class CorpusScoreTest {

    private static final Set<String> TABLE_FAMILIES = Set.of("DOC", "STRUCT", "T", "XT");
    private static final Predicate<String> TABLE_RULES = id -> TABLE_FAMILIES.contains(family(id));

    @Test
    void scoresTheCorpus() throws Exception {
        ValidationEngine engine = new ValidationEngine(RuleRegistry.discover(getClass().getClassLoader()),
                MessageTemplate.Language.ZH);
        CorpusScorer scorer = new CorpusScorer(engine);
        List<CorpusScorer.DocumentScore> scores = SharedFolder.corpusDocuments().stream().map(scorer::score).toList();
        assertThat(scores).isNotEmpty();

        String report = render("all families", scores) + render("DOC/STRUCT/T/XT",
                scores.stream().map(s -> s.restrictedTo(TABLE_RULES)).toList());
        System.out.println(report);
        java.nio.file.Files.writeString(Path.of("target", "corpus-score.txt"), report);

        for (CorpusScorer.DocumentScore score : scores) {
            CorpusScorer.DocumentScore own = score.restrictedTo(TABLE_RULES);
            assertThat(own.misses()).as("missed in %s", score.document()).isEmpty();
            assertThat(own.falseAlarms()).as("false alarms in %s", score.document()).isEmpty();
            assertThat(own.failedRules()).as("rules that threw in %s", score.document()).isEmpty();
        }
    }

    private static String render(String title, List<CorpusScorer.DocumentScore> scores) {
        StringBuilder out = new StringBuilder("\n== corpus score: ").append(title).append(" ==\n");
        out.append(String.format("%-10s %6s %6s %8s %8s %9s %8s %8s%n", "document", "recall", "prec.", "hits", "misses",
                "f.alarms", "first ms", "warm ms"));
        int hits = 0;
        int misses = 0;
        int tp = 0;
        int fp = 0;
        for (CorpusScorer.DocumentScore s : scores) {
            out.append(String.format("%-10s %6.2f %6.2f %8d %8d %9d %8.0f %8.1f%n", s.document(), s.recall(),
                    s.precision(), s.hits().size(), s.misses().size(), s.falseAlarms().size(), s.firstMillis(),
                    s.warmMillis()));
            hits += s.hits().size();
            misses += s.misses().size();
            tp += s.truePositives().size();
            fp += s.falseAlarms().size();
        }
        out.append(String.format("%-10s %6.2f %6.2f %8d %8d %9d%n", "total",
                hits + misses == 0 ? 1.0 : (double) hits / (hits + misses), tp + fp == 0 ? 1.0 : (double) tp / (tp + fp),
                hits, misses, fp));
        for (CorpusScorer.DocumentScore s : scores) {
            s.misses().forEach(e -> out.append("  miss  ").append(s.document()).append(' ').append(e.id()).append(' ')
                    .append(e.ruleIds().get(0)).append('\n'));
            s.falseAlarms().forEach(f -> out.append("  false ").append(s.document()).append(' ').append(describe(f))
                    .append('\n'));
            s.failedRules().forEach(r -> out.append("  threw ").append(s.document()).append(' ').append(r).append('\n'));
        }
        return out.toString();
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.severity() + " " + f.locations().stream()
                .map(l -> (l.table() != null ? l.table() : l.section()) + (l.row() != null ? "/" + l.row() : ""))
                .collect(Collectors.joining(", ")) + " : " + f.message();
    }

    private static String family(String ruleId) {
        String prefix = ruleId.substring(0, ruleId.indexOf('-'));
        return prefix.matches("T0\\d") ? "T" : prefix;
    }
}
