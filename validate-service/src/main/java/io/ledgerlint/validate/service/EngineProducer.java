package io.ledgerlint.validate.service;

import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the engine once at start-up from every rule family on the class path. */
@ApplicationScoped
public class EngineProducer {

    @Produces
    @ApplicationScoped
    ValidationEngine engine(@ConfigProperty(name = "ledgerlint.validate.message-language", defaultValue = "ZH")
                            MessageTemplate.Language language) {
        return new ValidationEngine(RuleRegistry.discover(Thread.currentThread().getContextClassLoader()), language);
    }
}
