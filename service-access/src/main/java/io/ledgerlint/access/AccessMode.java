package io.ledgerlint.access;

import java.util.Optional;

/**
 * Whether a service demands credentials, decided once at startup. A service bound to loopback may stay open (the
 * local first try); any other bind requires authentication, and a service that would serve it open refuses to start.
 */
public enum AccessMode {
    /** every request is let through: a loopback bind without credentials configured */
    OPEN,
    /** every path but the health probes needs an API key or a bearer token with the path's role */
    ENFORCED;

    /**
     * @param httpHost {@code quarkus.http.host}
     * @param enabled {@code ledgerlint.auth.enabled}; unset means: enforced as soon as credentials are configured
     * @param apiKeys whether API keys are configured
     * @param bearerTokens whether bearer-token verification is configured
     * @throws IllegalStateException saying what to configure, when the service must not start like this
     */
    public static AccessMode decide(String httpHost, Optional<Boolean> enabled, boolean apiKeys,
            boolean bearerTokens) {
        boolean credentials = apiKeys || bearerTokens;
        boolean enforced = enabled.orElse(credentials);
        if (enforced && !credentials) {
            throw new IllegalStateException("ledgerlint.auth.enabled=true but no credentials are configured: "
                    + HOW_TO_CONFIGURE);
        }
        if (!enforced && !LoopbackHost.is(httpHost)) {
            throw new IllegalStateException("Refusing to start: quarkus.http.host=" + httpHost
                    + " is not a loopback address, and serving it requires authentication"
                    + (enabled.isPresent() ? " (ledgerlint.auth.enabled=false is allowed on loopback only)" : "")
                    + ". Either bind to 127.0.0.1, or " + HOW_TO_CONFIGURE);
        }
        return enforced ? ENFORCED : OPEN;
    }

    private static final String HOW_TO_CONFIGURE = "configure API keys (ledgerlint.auth.api-keys.<name>.key and "
            + "ledgerlint.auth.api-keys.<name>.roles, env LEDGERLINT_AUTH_API_KEYS_<NAME>_KEY / _ROLES) or bearer "
            + "tokens of an OIDC provider (mp.jwt.verify.publickey.location = its JWKS URL, mp.jwt.verify.issuer)";
}
