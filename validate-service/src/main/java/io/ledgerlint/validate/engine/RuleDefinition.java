package io.ledgerlint.validate.engine;

import io.ledgerlint.contracts.events.Severity;
import java.util.Set;

/**
 * One catalogue entry: what a rule checks and how its findings are worded. Lives in
 * {@code rules/<family>.json}; the code of the rule is the check a {@link Rule} binds to the same id.
 *
 * @param severity      the default severity; a rule may lower or raise it per finding where rules.md says so. Null for
 *                      a rule that never reports (DOC-TYPE only selects the rule set) and so needs no {@link Rule}
 * @param version       bumped whenever the rule's logic or wording changes
 * @param documentTypes the document types the rule runs on (default: full documents only)
 */
public record RuleDefinition(
        String id,
        String family,
        Severity severity,
        SourceTag source,
        MessageTemplate message,
        String description,
        int version,
        Set<DocumentType> documentTypes) {

    public RuleDefinition {
        documentTypes = documentTypes == null || documentTypes.isEmpty() ? Set.of(DocumentType.FULL) : Set.copyOf(documentTypes);
    }

    public boolean reportsFindings() {
        return severity != null;
    }

    public boolean appliesTo(DocumentType type) {
        return documentTypes.contains(type);
    }
}
