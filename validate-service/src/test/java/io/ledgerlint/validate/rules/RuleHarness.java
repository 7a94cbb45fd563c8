package io.ledgerlint.validate.rules;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationEngine;
import java.util.List;

/** Runs the real catalogue on a test document and returns the findings of one rule. */
public final class RuleHarness {

    private static final ValidationEngine ENGINE = new ValidationEngine(
            RuleRegistry.discover(RuleHarness.class.getClassLoader()), MessageTemplate.Language.ZH);

    private RuleHarness() {
    }

    public static List<Finding> findings(String ruleId, TablesExtracted document) {
        ValidationEngine.ValidationResult result = ENGINE.validate(document);
        result.failures().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().ifPresent(f -> {
            throw new AssertionError(ruleId + " threw", f.error());
        });
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Every finding of every rule that points into table {@code tableId}; a rule that threw fails the test. */
    public static List<Finding> findingsIn(String tableId, TablesExtracted document) {
        ValidationEngine.ValidationResult result = ENGINE.validate(document);
        result.failures().stream().findFirst().ifPresent(f -> {
            throw new AssertionError(f.ruleId() + " threw", f.error());
        });
        return result.findings().stream()
                .filter(f -> f.locations().stream().anyMatch(l -> tableId.equals(l.table())))
                .toList();
    }
}
