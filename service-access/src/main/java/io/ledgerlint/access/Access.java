package io.ledgerlint.access;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This service's access policy, decided at startup ({@link Startup}): a service that must not run as configured
 * (a non-loopback bind without credentials) fails here, before it serves anything.
 */
@Startup
@Singleton
public class Access {

    private static final Logger LOG = Logger.getLogger(Access.class);

    /** Bearer tokens are verified once one of these names the provider's keys (smallrye-jwt). */
    static final String TOKEN_KEYS_LOCATION = "mp.jwt.verify.publickey.location";
    static final String TOKEN_KEY = "mp.jwt.verify.publickey";
    /** smallrye-jwt's value for "no key" (service-access's default) */
    static final String NO_TOKEN_KEY = "NONE";

    private final ApiKeys apiKeys;
    private final AccessMode mode;

    Access(AccessConfig config, @ConfigProperty(name = "quarkus.http.host") String httpHost, Config all) {
        Map<String, ApiKey> keys = new LinkedHashMap<>();
        config.apiKeys().forEach((name, key) -> keys.put(name, new ApiKey(key.key(), key.roles())));
        this.apiKeys = ApiKeys.of(keys);
        Optional<String> tokenKeys = all.getOptionalValue(TOKEN_KEYS_LOCATION, String.class)
                .or(() -> all.getOptionalValue(TOKEN_KEY, String.class).filter(key -> !key.equals(NO_TOKEN_KEY))
                        .map(key -> "the configured public key"));
        this.mode = AccessMode.decide(httpHost, config.enabled(), !apiKeys.isEmpty(), tokenKeys.isPresent());
        if (mode == AccessMode.OPEN) {
            LOG.infof("HTTP access is open: bound to %s (loopback); configure API keys or bearer tokens to demand "
                    + "credentials", httpHost);
        } else {
            LOG.infof("HTTP access needs credentials; API keys: %s; bearer tokens: %s",
                    apiKeys.isEmpty() ? "none" : apiKeys.describe(),
                    tokenKeys.map(location -> "verified against " + location).orElse("not configured"));
        }
    }

    public boolean enforced() {
        return mode == AccessMode.ENFORCED;
    }

    ApiKeys apiKeys() {
        return apiKeys;
    }
}
