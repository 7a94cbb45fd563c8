package io.ledgerlint.validate.docs;

import io.ledgerlint.validate.engine.Catalogue;
import io.ledgerlint.validate.engine.CatalogueLoader;
import io.ledgerlint.validate.engine.DocumentType;
import io.ledgerlint.validate.engine.RuleDefinition;
import io.ledgerlint.validate.engine.SourceTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule pages under {@code docs/rules/}: an index by family and one page per catalogue entry, generated from the
 * {@code rules/<family>.json} files through the engine's {@link CatalogueLoader}, so the pages say what the engine runs.
 *
 * <p>Regenerate (from the repository root; exec-maven-plugin does not resolve offline, so a test writes them):
 * <pre>./mvnw -q -pl validate-service -am test -Dtest=RulePagesTest -Dsurefire.failIfNoSpecifiedTests=false -Dledgerlint.writeRulePages=true</pre>
 * Without that property {@code RulePagesTest} fails when the committed pages differ from what this writes.
 */
public final class RulePages {

    static final String INDEX = "README.md";
    private static final String CATALOGUE_DIRECTORY = "rules";

    private final Catalogue catalogue;

    public RulePages(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Every family that has a catalogue file among the engine's own resources, whether or not its provider is wired
     * yet; catalogue files that tests put on the class path are not rules and get no page.
     */
    public static Catalogue loadCatalogue(ClassLoader classLoader) {
        CatalogueLoader loader = new CatalogueLoader(classLoader);
        List<RuleDefinition> definitions = new ArrayList<>();
        for (String family : families()) {
            definitions.addAll(loader.load(family));
        }
        return new Catalogue(definitions);
    }

    private static List<String> families() {
        try {
            Path classes = Path.of(CatalogueLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path directory = classes.resolve(CATALOGUE_DIRECTORY);
            if (!Files.isDirectory(directory)) {
                throw new IllegalStateException("no catalogue directory " + directory
                        + ": run with the module's compiled classes, not its jar");
            }
            try (Stream<Path> files = Files.list(directory)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(name -> name.endsWith(".json"))
                        .map(name -> name.substring(0, name.length() - ".json".length()).toUpperCase(Locale.ROOT))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** File name → Markdown content: {@value #INDEX} and {@code <RULE-ID>.md} for every rule. */
    public Map<String, String> pages() {
        Map<String, String> pages = new TreeMap<>();
        pages.put(INDEX, index());
        for (RuleDefinition rule : catalogue.definitions()) {
            pages.put(rule.id() + ".md", page(rule));
        }
        return pages;
    }

    /** Writes {@link #pages()} and deletes pages of rules no longer in the catalogue. */
    public void writeTo(Path directory) {
        Map<String, String> pages = pages();
        try {
            Files.createDirectories(directory);
            try (Stream<Path> existing = Files.list(directory)) {
                for (Path stale : existing.filter(p -> p.toString().endsWith(".md")
                        && !pages.containsKey(p.getFileName().toString())).toList()) {
                    Files.delete(stale);
                }
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Files.writeString(directory.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule pages to " + directory, e);
        }
    }

    private String index() {
        Map<String, List<RuleDefinition>> byFamily = catalogue.definitions().stream()
                .collect(Collectors.groupingBy(RuleDefinition::family, LinkedHashMap::new, Collectors.toList()));
        StringBuilder md = new StringBuilder();
        md.append("# Validation rules\n\n")
                .append("Generated from the rule catalogue (`validate-service/src/main/resources/rules/*.json`) by ")
                .append("`io.ledgerlint.validate.docs.RulePages`; do not edit by hand. ")
                .append("The specification (the nine tables, codes, tolerances, each rule's intent) is ")
                .append("[docs/domain/rules.md](../domain/rules.md).\n\n")
                .append("Catalogue version: `").append(catalogue.version()).append("` · ")
                .append(catalogue.definitions().size()).append(" rules in ").append(byFamily.size())
                .append(" families.\n\n")
                .append("Source tags: ");
        md.append(Stream.of(SourceTag.values()).map(t -> "**" + t.tag() + "** " + meaning(t))
                .collect(Collectors.joining("; "))).append(".\n");
        byFamily.forEach((family, rules) -> {
            md.append("\n## ").append(family).append(" (").append(rules.size()).append(")\n\n")
                    .append("| Rule | Severity | Source | Title |\n|---|---|---|---|\n");
            for (RuleDefinition rule : rules) {
                md.append("| [").append(rule.id()).append("](").append(rule.id()).append(".md) | ")
                        .append(severity(rule)).append(" | ").append(rule.source().tag()).append(" | ")
                        .append(cell(title(rule))).append(" |\n");
            }
        });
        return md.toString();
    }

    private String page(RuleDefinition rule) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(rule.id()).append("\n\n")
                .append("| | |\n|---|---|\n")
                .append("| Family | ").append(rule.family()).append(" |\n")
                .append("| Rule version | ").append(rule.version()).append(" |\n")
                .append("| Severity | ").append(severity(rule)).append(" |\n")
                .append("| Source | ").append(rule.source().tag()).append(": ").append(meaning(rule.source()))
                .append(" |\n")
                .append("| Applies to | ").append(documentTypes(rule)).append(" |\n")
                .append("| Tolerance | rules.md §3.2; rule-specific bounds are stated below ")
                .append("(the catalogue has no per-rule tolerance field) |\n\n")
                .append("## Statement\n\n").append(rule.description()).append("\n\n")
                .append("## Message\n\n");
        if (rule.reportsFindings()) {
            md.append("- zh: ").append(rule.message().zh()).append('\n')
                    .append("- en: ").append(rule.message().en()).append('\n');
        } else {
            md.append("This rule reports no findings.\n");
        }
        md.append("\n[All rules](").append(INDEX).append(")\n");
        return md.toString();
    }

    /** The catalogue has no separate title: the statement's first sentence serves as one. */
    private static String title(RuleDefinition rule) {
        String statement = rule.description();
        int end = statement.indexOf(". ");
        return end < 0 ? statement : statement.substring(0, end + 1);
    }

    private static String severity(RuleDefinition rule) {
        return rule.reportsFindings() ? rule.severity().wireName() : "— (never reports)";
    }

    private static String documentTypes(RuleDefinition rule) {
        return Stream.of(DocumentType.values()).filter(rule::appliesTo).map(type -> switch (type) {
            case FULL -> "full 部门决算公开";
            case SELF_EVALUATION -> "standalone 整体支出绩效自评报告";
        }).collect(Collectors.joining(", "));
    }

    /** rules.md §2. */
    private static String meaning(SourceTag tag) {
        return switch (tag) {
            case OFFICIAL -> "an official or template instruction";
            case OFFICIAL_UNVERIFIED -> "recalled from 财预〔2016〕143号, not verified";
            case DEFINITIONAL -> "an identity the table's own headings define (合计, 小计, 总计, 栏次 relations)";
            case INFERRED -> "inferred from accounting practice (a plausibility or semantic check)";
        };
    }

    /** Markdown table cells must not break on a literal pipe. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
