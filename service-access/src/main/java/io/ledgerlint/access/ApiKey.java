package io.ledgerlint.access;

import java.util.Set;

/** One configured API key: the secret and the roles it grants. Its {@code toString} never shows the secret. */
public record ApiKey(String secret, Set<String> roles) {

    @Override
    public String toString() {
        return "ApiKey[roles=" + roles + "]";
    }
}
