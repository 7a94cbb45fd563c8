package io.ledgerlint.access;

import java.util.Set;

/** Who presented a valid key: the key's configured name (never its secret) and its roles. */
public record ApiKeyHolder(String name, Set<String> roles) {
}
