package io.ledgerlint.testsupport.access;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.List;

/**
 * The credentials {@link AccessEnforcedProfile} configures: one API key per role, and bearer tokens signed with a
 * test key pair whose public half the service verifies them against, as it would an OIDC provider's (no server).
 */
public final class TestCredentials {

    public static final List<String> ROLES = List.of("upload", "read", "operator");
    public static final String TOKEN_ISSUER = "https://issuer.ledgerlint.test";
    static final String TOKEN_VERIFICATION_KEY = "access/test-token-verification-key.pem";
    private static final String TOKEN_SIGNING_KEY = "access/test-token-signing-key.pem";

    private TestCredentials() {
    }

    /** The configured name of the key that grants {@code role}. */
    public static String keyName(String role) {
        return role + "-client";
    }

    /** The secret of the key that grants {@code role}. */
    public static String apiKey(String role) {
        return "test-" + role + "-key-0123456789abcdef";
    }

    /** A token of {@link #TOKEN_ISSUER} whose {@code groups} claim is {@code role}. */
    public static String bearerToken(String role) {
        return Jwt.issuer(TOKEN_ISSUER).subject("token-" + role).groups(role).expiresIn(600).sign(signingKey());
    }

    /** A token with the right role, signed by a key the service does not trust. */
    public static String foreignBearerToken(String role) {
        try {
            return Jwt.issuer(TOKEN_ISSUER).subject("token-" + role).groups(role).expiresIn(600)
                    .sign(KeyUtils.generateKeyPair(2048).getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey signingKey() {
        try {
            return KeyUtils.readPrivateKey(TOKEN_SIGNING_KEY);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + TOKEN_SIGNING_KEY, e);
        }
    }
}
