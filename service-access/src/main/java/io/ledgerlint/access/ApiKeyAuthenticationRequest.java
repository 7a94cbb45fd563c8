package io.ledgerlint.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A presented API key, on its way to {@link ApiKeyIdentityProvider}. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String presentedKey;

    ApiKeyAuthenticationRequest(String presentedKey) {
        this.presentedKey = presentedKey;
    }

    String presentedKey() {
        return presentedKey;
    }
}
