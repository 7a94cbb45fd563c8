package io.ledgerlint.validate.engine;

import java.util.List;

/**
 * A family's rules, discovered with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/io.ledgerlint.validate.engine.RuleProvider}. The list is the one place a rule's id is
 * written, bound to its check ({@code new Rule("NAR-DIFF", DifferenceChecks::difference)}). The family's catalogue
 * entries are read from {@code rules/<family in lower case>.json}; every rule must have an entry and every entry a rule.
 */
public interface RuleProvider {

    /** The family name, e.g. {@code XT}; also names the catalogue file. */
    String family();

    List<Rule> rules();
}
