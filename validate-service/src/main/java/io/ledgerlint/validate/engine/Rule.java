package io.ledgerlint.validate.engine;

import java.util.Objects;

/**
 * One catalogue rule: its id bound to the check that implements it. A family's {@link RuleProvider} lists its rules,
 * so the id is written once, next to the check; the check itself does not know it.
 */
public record Rule(String id, Check check) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(check, "check of " + id);
    }

    /**
     * The code of a rule. Implementations are stateless and thread-safe: the engine calls {@link #check} once per
     * document, and every finding goes to the sink, which is already bound to the rule's definition.
     */
    @FunctionalInterface
    public interface Check {

        void check(ValidationContext context, FindingSink sink);
    }
}
