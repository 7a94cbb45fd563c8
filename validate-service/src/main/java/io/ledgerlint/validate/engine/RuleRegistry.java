package io.ledgerlint.validate.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The rules the engine runs, each paired with its catalogue definition. Built from {@link RuleProvider}s; refuses to
 * start when a rule has no catalogue entry or a reporting entry has no rule, so the catalogue never lies.
 */
public final class RuleRegistry {

    private final Catalogue catalogue;
    private final List<RegisteredRule> rules;

    private RuleRegistry(Catalogue catalogue, List<RegisteredRule> rules) {
        this.catalogue = catalogue;
        this.rules = List.copyOf(rules);
    }

    /** Every provider listed in {@code META-INF/services/io.ledgerlint.validate.engine.RuleProvider}. */
    public static RuleRegistry discover(ClassLoader classLoader) {
        List<RuleProvider> providers = new ArrayList<>();
        ServiceLoader.load(RuleProvider.class, classLoader).forEach(providers::add);
        return of(providers, new CatalogueLoader(classLoader));
    }

    public static RuleRegistry of(List<RuleProvider> providers, CatalogueLoader loader) {
        List<RuleProvider> ordered = new ArrayList<>(providers);
        ordered.sort(Comparator.comparing(RuleProvider::family));
        List<RuleDefinition> definitions = new ArrayList<>();
        List<RegisteredRule> registered = new ArrayList<>();
        for (RuleProvider provider : ordered) {
            List<RuleDefinition> family = loader.load(provider.family());
            definitions.addAll(family);
            registered.addAll(pair(provider, family));
        }
        return new RuleRegistry(new Catalogue(definitions), registered);
    }

    private static List<RegisteredRule> pair(RuleProvider provider, List<RuleDefinition> definitions) {
        Map<String, Rule> byId = new HashMap<>();
        for (Rule rule : provider.rules()) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("rule " + rule.id() + " is registered twice");
            }
        }
        Map<String, RegisteredRule> paired = new LinkedHashMap<>();
        for (RuleDefinition definition : definitions) {
            Rule rule = byId.remove(definition.id());
            if (rule != null) {
                paired.put(definition.id(), new RegisteredRule(definition, rule.check()));
            } else if (definition.reportsFindings()) {
                throw new IllegalStateException("catalogue entry " + definition.id() + " has no rule in "
                        + provider.getClass().getName());
            }
        }
        if (!byId.isEmpty()) {
            throw new IllegalStateException("rules without catalogue entry in " + CatalogueLoader.resourceOf(
                    provider.family()) + ": " + byId.keySet());
        }
        return List.copyOf(paired.values());
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public List<RegisteredRule> rules() {
        return rules;
    }

    /** A rule's check with the rule's definition. */
    public record RegisteredRule(RuleDefinition definition, Rule.Check check) {
    }
}
