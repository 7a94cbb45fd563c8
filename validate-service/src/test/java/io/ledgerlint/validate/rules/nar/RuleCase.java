package io.ledgerlint.validate.rules.nar;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.validate.engine.CatalogueLoader;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationEngine;
import io.ledgerlint.validate.rules.perf.PerfRules;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One rule's pass/fail fixture pair: the consistent document yields no finding of the rule; the contradictory one
 * yields exactly one, with the given severity, expected and actual values, located at a table id or section heading.
 */
public record RuleCase(String rule, DocumentFixture consistent, DocumentFixture contradictory, String severity,
                       String expected, String actual, String location) {

    private static final ValidationEngine ENGINE = new ValidationEngine(RuleRegistry.of(
            List.of(new NarRules(), new PerfRules()), new CatalogueLoader(RuleCase.class.getClassLoader())),
            MessageTemplate.Language.ZH);

    public void verify() {
        assertThat(findings(consistent)).as("%s on the consistent fixture", rule).isEmpty();
        List<Finding> reported = findings(contradictory);
        assertThat(reported).as("%s on the contradictory fixture", rule).hasSize(1);
        Finding finding = reported.get(0);
        assertThat(finding.severity()).as("severity").isEqualTo(severity);
        assertThat(finding.expected()).as("expected").isEqualTo(expected);
        assertThat(finding.actual()).as("actual").isEqualTo(actual);
        assertThat(finding.locations()).as("locations")
                .flatExtracting(l -> Stream.of(l.table(), l.section()).filter(Objects::nonNull).toList())
                .contains(location);
    }

    private List<Finding> findings(DocumentFixture document) {
        var result = ENGINE.validate(document.build());
        assertThat(result.failures()).isEmpty();
        return result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    /** The parameterised test's display name. */
    @Override
    public String toString() {
        return rule;
    }
}
