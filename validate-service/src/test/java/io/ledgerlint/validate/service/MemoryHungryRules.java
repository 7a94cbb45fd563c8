package io.ledgerlint.validate.service;

import io.ledgerlint.validate.engine.CatalogueLoader;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.RuleProvider;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The service's rules, except that each of them throws an {@link OutOfMemoryError} on the document
 * {@link #DOCUMENT_ID}, as a document too big for the heap would. Enabled by {@link MemoryHungryRulesProfile}.
 */
@Alternative
public class MemoryHungryRules {

    static final String DOCUMENT_ID = "00000000000000ee";

    @Produces
    @ApplicationScoped
    @Alternative
    ValidationEngine engine() {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        List<RuleProvider> providers = new ArrayList<>();
        ServiceLoader.load(RuleProvider.class, classLoader).forEach(provider -> providers.add(hungry(provider)));
        return new ValidationEngine(RuleRegistry.of(providers, new CatalogueLoader(classLoader)),
                MessageTemplate.Language.ZH);
    }

    private static RuleProvider hungry(RuleProvider provider) {
        List<Rule> rules = provider.rules().stream()
                .map(rule -> new Rule(rule.id(), (context, sink) -> {
                    if (DOCUMENT_ID.equals(context.document().documentId())) {
                        throw new OutOfMemoryError("Java heap space (thrown by the test)");
                    }
                    rule.check().check(context, sink);
                }))
                .toList();
        return new RuleProvider() {
            @Override
            public String family() {
                return provider.family();
            }

            @Override
            public List<Rule> rules() {
                return rules;
            }
        };
    }
}
