package io.ledgerlint.validate.service;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** The service with {@link MemoryHungryRules} in place of its engine. */
public class MemoryHungryRulesProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MemoryHungryRules.class);
    }
}
