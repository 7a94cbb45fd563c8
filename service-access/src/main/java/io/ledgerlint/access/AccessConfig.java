package io.ledgerlint.access;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code ledgerlint.auth.*}: secrets come from configuration only (environment, Kubernetes secrets). */
@ConfigMapping(prefix = "ledgerlint.auth")
public interface AccessConfig {

    /** Demand credentials; unset: as soon as API keys or bearer tokens are configured. */
    Optional<Boolean> enabled();

    /** The API keys by name: {@code ledgerlint.auth.api-keys.<name>.key} and {@code .roles}. */
    Map<String, ApiKeyConfig> apiKeys();

    interface ApiKeyConfig {

        /** the secret */
        String key();

        /** {@code upload}, {@code read}, {@code operator}, comma-separated */
        Set<String> roles();
    }
}
