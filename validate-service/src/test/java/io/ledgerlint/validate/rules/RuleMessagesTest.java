package io.ledgerlint.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.testsupport.CorpusDocuments;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.RuleDefinition;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.fixtures.TruthDocuments;
import io.ledgerlint.validate.rules.doc.DocRulesTest;
import io.ledgerlint.validate.rules.nar.NarrativeRulesTest;
import io.ledgerlint.validate.rules.nar.TableBackedNarRulesTest;
import io.ledgerlint.validate.rules.perf.PerfRulesTest;
import io.ledgerlint.validate.rules.struct.StructRulesTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every rule's message, in Chinese and English, as an auditor reads it: rendered with the values the rule itself puts
 * in on real fixtures (every rule test's passing and failing documents, the corpus truth, and {@link MessageFixtures}
 * for the rules those leave out), no placeholder is left unreplaced, no two values run together, and English quotes
 * every Chinese label ({@link MessageWording}). Every reporting rule of the catalogue must report on some fixture,
 * so a new rule cannot slip past unread.
 */
class RuleMessagesTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.discover(RuleMessagesTest.class.getClassLoader());

    /** A document to run the rules on, named for the failure report. */
    record Fixture(String name, TablesExtracted document) {
    }

    static List<Fixture> fixtures() {
        List<Fixture> fixtures = new ArrayList<>();
        Stream.concat(PerfRulesTest.cases(), TableBackedNarRulesTest.cases()).forEach(c -> {
            fixtures.add(new Fixture(c.rule() + " consistent", c.consistent().build()));
            fixtures.add(new Fixture(c.rule() + " contradictory", c.contradictory().build()));
        });
        NarrativeRulesTest.cases().map(Arguments::get).forEach(a -> {
            fixtures.add(new Fixture(a[0] + " consistent", NarrativeRulesTest.document((String) a[1], (String) a[2])));
            fixtures.add(new Fixture(a[0] + " contradictory", NarrativeRulesTest.document((String) a[1], (String) a[3])));
        });
        Stream.concat(DocRulesTest.cases(), StructRulesTest.cases()).map(Arguments::get).forEach(a -> {
            fixtures.add(new Fixture(a[0] + " passing", (TablesExtracted) a[1]));
            fixtures.add(new Fixture(a[0] + " failing: " + a[4], (TablesExtracted) a[2]));
        });
        MessageFixtures.all().forEach((name, document) -> fixtures.add(new Fixture(name, document)));
        CorpusDocuments.all().forEach(folder -> fixtures.add(
                new Fixture(folder.getFileName().toString(), TruthDocuments.load(folder))));
        return fixtures;
    }

    @Test
    void everyTemplateNamesTheSamePlaceholdersInBothLanguagesAndKeepsThemApart() {
        Map<String, List<String>> problems = new TreeMap<>();
        for (RuleDefinition definition : REGISTRY.catalogue().definitions()) {
            if (!definition.reportsFindings()) {
                continue;
            }
            MessageTemplate template = definition.message();
            List<String> found = new ArrayList<>();
            Set<String> zh = new TreeSet<>(template.placeholders(Language.ZH));
            Set<String> en = new TreeSet<>(template.placeholders(Language.EN));
            if (!zh.equals(en)) {
                found.add("zh has " + zh + ", en has " + en);
            }
            for (Language language : Language.values()) {
                Map<String, String> marks = new HashMap<>();
                template.placeholders(language).forEach(name -> marks.put(name, "\"X\""));
                MessageWording.problems(template.parts(language, marks), language).stream()
                        .map(p -> language + ": " + p).forEach(found::add);
            }
            if (!found.isEmpty()) {
                problems.put(definition.id(), found);
            }
        }
        assertThat(problems).as("catalogue templates that cannot read well").isEmpty();
    }

    @Test
    void everyRuleReportsOnAFixtureAndEveryMessageReadsWellInBothLanguages() {
        Set<String> reported = new HashSet<>();
        Map<String, Set<String>> problems = new TreeMap<>();
        for (Fixture fixture : fixtures()) {
            ValidationContext context = new ValidationContext(fixture.document());
            for (RuleRegistry.RegisteredRule registered : REGISTRY.rules()) {
                RuleDefinition definition = registered.definition();
                if (!definition.appliesTo(context.documentType())) {
                    continue;
                }
                FindingSink sink = new FindingSink(definition, Language.ZH);
                registered.check().check(context, sink);
                for (Map<String, Object> params : sink.messageParameters()) {
                    reported.add(definition.id());
                    for (Language language : Language.values()) {
                        List<MessageTemplate.Part> parts = definition.message().parts(language, params);
                        String message = String.join("", parts.stream().map(MessageTemplate.Part::text).toList());
                        MessageWording.problems(parts, language).forEach(p -> problems
                                .computeIfAbsent(definition.id(), id -> new LinkedHashSet<>())
                                .add(language + " " + p + " | " + message + " | fixture " + fixture.name()));
                    }
                }
            }
        }
        List<String> silent = REGISTRY.catalogue().definitions().stream().filter(RuleDefinition::reportsFindings)
                .map(RuleDefinition::id).filter(id -> !reported.contains(id)).toList();

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(silent).as("rules that report on no fixture, so their messages are never read").isEmpty();
            softly.assertThat(problems).as("messages that do not read well").isEmpty();
        });
    }

    @Test
    void runTogetherValuesUnreplacedPlaceholdersAndUnquotedChineseAreCaught() {
        // the catalogue's wording before this test: "公开02表{code}本年收入合计{T}≠各来源之和{S}" and the like
        MessageTemplate before = new MessageTemplate("说明中{label}{a}万元与{table}{cell}{b}万元不一致",
                "T02 {code}: 本年收入合计 {T} ≠ sum of the sources {S}");
        Map<String, Object> values = Map.of("label", "基本支出", "a", "85.00", "table", "05",
                "cell", "2010201 行政运行", "b", "80.00", "code", "2010301 行政运行", "T", "300.00");

        List<String> zh = MessageWording.problems(before.parts(Language.ZH, values), Language.ZH);
        List<String> en = MessageWording.problems(before.parts(Language.EN, values), Language.EN);

        assertThat(zh).anySatisfy(p -> assertThat(p).contains("{label} and {a} are adjacent"))
                .anySatisfy(p -> assertThat(p).contains("{table} and {cell} are adjacent: 052010201 行政运行"));
        assertThat(en).anySatisfy(p -> assertThat(p).contains("{S} is not replaced"))
                .anySatisfy(p -> assertThat(p).startsWith("Chinese outside quotes"));
        assertThat(MessageWording.problems(new MessageTemplate("{x}“{y}”", "column c{n}")
                .parts(Language.EN, Map.of("n", "5")), Language.EN))
                .anySatisfy(p -> assertThat(p).contains("{n} runs into the text around it"));
        assertThat(MessageWording.problems(new MessageTemplate("{x}与{y}", "-")
                .parts(Language.ZH, Map.of("x", "“”", "y", " ")), Language.ZH))
                .anySatisfy(p -> assertThat(p).contains("{x} quotes nothing"))
                .anySatisfy(p -> assertThat(p).contains("{y} is empty"));
    }
}
