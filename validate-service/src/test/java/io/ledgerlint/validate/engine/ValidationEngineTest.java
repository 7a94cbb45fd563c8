package io.ledgerlint.validate.engine;

import static io.ledgerlint.validate.fixtures.DocumentBuilder.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine isolates failing rules, renders catalogue messages and refuses a catalogue that disagrees with code. */
class ValidationEngineTest {

    private static RuleProvider provider(Rule... rules) {
        return new RuleProvider() {
            @Override
            public String family() {
                return "ENGINETEST";
            }

            @Override
            public List<Rule> rules() {
                return List.of(rules);
            }
        };
    }

    @Test
    void aRuleThatThrowsDoesNotStopTheOthers() {
        RuleRegistry registry = RuleRegistry.of(List.of(provider(
                new Rule("ENGINETEST-BROKEN", (c, s) -> {
                    throw new IllegalStateException("boom");
                }),
                new Rule("ENGINETEST-SUM", (c, s) -> s.finding().param("T", "1.00").param("S", "2.00").report()))),
                new CatalogueLoader(getClass().getClassLoader()));
        ValidationEngine engine = new ValidationEngine(registry, MessageTemplate.Language.ZH);

        ValidationEngine.ValidationResult result = engine.validate(document().build());

        assertThat(result.failures()).extracting(ValidationEngine.RuleFailure::ruleId).containsExactly("ENGINETEST-BROKEN");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ENGINETEST-SUM");
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.confidence()).isEqualTo("high");
            assertThat(f.message()).isEqualTo("合计1.00≠2.00");
        });
        assertThat(engine.catalogue().version()).matches("1\\.0\\+[0-9a-f]{8}");
    }

    @Test
    void aCatalogueEntryWithoutRuleIsRefused() {
        assertThatThrownBy(() -> RuleRegistry.of(List.of(provider(new Rule("ENGINETEST-SUM", (c, s) -> { }))),
                new CatalogueLoader(getClass().getClassLoader())))
                .hasMessageContaining("ENGINETEST-BROKEN");
    }

    @Test
    void theShippedCatalogueCoversEveryRegisteredRule() {
        RuleRegistry registry = RuleRegistry.discover(getClass().getClassLoader());
        assertThat(registry.catalogue().definitions()).extracting(RuleDefinition::family)
                .contains("DOC", "T", "XT");
        assertThat(registry.rules()).hasSizeGreaterThanOrEqualTo(34 + 17 + 7);
    }
}
