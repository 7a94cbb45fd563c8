package io.ledgerlint.validate.engine;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every registered rule that applies to the document's type. A rule that throws is recorded as a
 * {@link RuleFailure} and the others still run: one broken check must not hide the findings of a hundred others.
 */
public final class ValidationEngine {

    private final RuleRegistry registry;
    private final MessageTemplate.Language language;

    public ValidationEngine(RuleRegistry registry, MessageTemplate.Language language) {
        this.registry = registry;
        this.language = language;
    }

    public Catalogue catalogue() {
        return registry.catalogue();
    }

    public ValidationResult validate(TablesExtracted document) {
        ValidationContext context = new ValidationContext(document);
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (RuleRegistry.RegisteredRule registered : registry.rules()) {
            if (!registered.definition().appliesTo(context.documentType())) {
                continue;
            }
            FindingSink sink = new FindingSink(registered.definition(), language);
            try {
                registered.check().check(context, sink);
                findings.addAll(sink.findings());
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new RuleFailure(registered.definition().id(), e));
            }
        }
        return new ValidationResult(context.documentType(), findings, failures);
    }

    /** What the engine found in one document. */
    public record ValidationResult(DocumentType documentType, List<Finding> findings, List<RuleFailure> failures) {
    }

    /** A rule that threw instead of checking; its findings for this document are lost. */
    public record RuleFailure(String ruleId, Throwable error) {
    }
}
