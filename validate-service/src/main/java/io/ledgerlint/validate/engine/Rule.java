package io.ledgerlint.validate.engine;

/**
 * The code of one catalogue rule. Implementations are stateless and thread-safe: the engine calls {@link #check}
 * once per document, and every finding goes to the sink, which is already bound to this rule's definition.
 */
public interface Rule {

    /** The catalogue id, e.g. {@code T06-CLASS-SUM}. */
    String id();

    void check(ValidationContext context, FindingSink sink);
}
