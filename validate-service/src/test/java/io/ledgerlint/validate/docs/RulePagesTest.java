package io.ledgerlint.validate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.validate.engine.Catalogue;
import io.ledgerlint.validate.engine.DocumentType;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.RuleDefinition;
import io.ledgerlint.validate.engine.SourceTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class RulePagesTest {

    /** Set to {@code true} to regenerate docs/rules instead of checking it. */
    private static final String WRITE = "ledgerlint.writeRulePages";

    /** Surefire runs in the module directory; the pages live at the repository root. */
    private static final Path COMMITTED = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("../docs/rules").normalize();

    @Test
    @EnabledIfSystemProperty(named = WRITE, matches = "true")
    void writeCommittedPages() {
        new RulePages(RulePages.loadCatalogue(getClass().getClassLoader())).writeTo(COMMITTED);
    }

    @Test
    @DisabledIfSystemProperty(named = WRITE, matches = "true")
    void committedPagesMatchTheCatalogue(@TempDir Path regenerated) throws IOException {
        new RulePages(RulePages.loadCatalogue(getClass().getClassLoader())).writeTo(regenerated);

        assertThat(markdownIn(COMMITTED))
                .as("docs/rules is out of date: regenerate it with -D" + WRITE + "=true (see RulePages)")
                .isEqualTo(markdownIn(regenerated));
    }

    @Test
    void pageStatesEveryCatalogueFieldAndIndexLinksIt() {
        RuleDefinition rule = new RuleDefinition("NAR-DIFF", "NAR", Severity.ERROR, SourceTag.DEFINITIONAL,
                new MessageTemplate("决算与预算差额应为{q}万元", "The difference should be {q}"),
                "X = |决算 − 预算| within 0.01. Second sentence.", 3, Set.of(DocumentType.SELF_EVALUATION));
        Catalogue catalogue = new Catalogue(List.of(rule));

        Map<String, String> pages = new RulePages(catalogue).pages();

        assertThat(pages).containsOnlyKeys(RulePages.INDEX, "NAR-DIFF.md");
        assertThat(pages.get("NAR-DIFF.md")).contains(
                "# NAR-DIFF", "| Family | NAR |", "| Rule version | 3 |", "| Severity | error |",
                "| Source | D: an identity", "| Applies to | standalone 整体支出绩效自评报告 |",
                "X = |决算 − 预算| within 0.01. Second sentence.",
                "- zh: 决算与预算差额应为{q}万元", "- en: The difference should be {q}");
        // the catalogue's version is stated once, on the index: a change to one rule rewrites only its page
        assertThat(pages.get("NAR-DIFF.md")).doesNotContain(catalogue.version());
        assertThat(pages.get(RulePages.INDEX)).contains("`" + catalogue.version() + "`",
                "## NAR (1)", "| [NAR-DIFF](NAR-DIFF.md) | error | D | X = \\|决算 − 预算\\| within 0.01. |");
    }

    @Test
    void ruleThatNeverReportsSaysSo() {
        RuleDefinition rule = new RuleDefinition("DOC-TYPE", "DOC", null, SourceTag.INFERRED,
                new MessageTemplate("—", "—"), "Classifies the document.", 1, null);

        String page = new RulePages(new Catalogue(List.of(rule))).pages().get("DOC-TYPE.md");

        assertThat(page).contains("| Severity | — (never reports) |", "| Applies to | full 部门决算公开 |",
                "This rule reports no findings.");
    }

    private static Map<String, String> markdownIn(Path directory) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return pages;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                pages.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return pages;
    }
}
