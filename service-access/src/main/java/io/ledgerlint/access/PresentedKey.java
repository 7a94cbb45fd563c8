package io.ledgerlint.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The API key a request presents, in one of three forms: the header {@code X-API-Key: <key>}; {@code Authorization:
 * ApiKey <key>} (what a Prometheus scrape sends with {@code authorization: {type: ApiKey}}); or HTTP Basic with the
 * key as the password, which is what a browser sends after its login prompt, so that a person can open the HTML
 * reports. Bearer tokens are not keys: they are left to the token verification.
 */
public final class PresentedKey {

    public static final String HEADER = "X-API-Key";
    public static final String SCHEME = "ApiKey";

    private PresentedKey() {
    }

    /**
     * @param apiKeyHeader the {@code X-API-Key} header, or null
     * @param authorization the {@code Authorization} header, or null
     * @return the presented key; empty when the request presents none (a malformed Basic value presents none)
     */
    public static Optional<String> from(String apiKeyHeader, String authorization) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return Optional.of(apiKeyHeader.strip());
        }
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = value.substring(space + 1).strip();
        return switch (scheme) {
            case "apikey" -> credentials.isEmpty() ? Optional.empty() : Optional.of(credentials);
            case "basic" -> basicPassword(credentials);
            default -> Optional.empty();
        };
    }

    /** The password of {@code base64(user:password)}; the user name is free (the key alone identifies its holder). */
    private static Optional<String> basicPassword(String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || colon == decoded.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(decoded.substring(colon + 1));
    }
}
