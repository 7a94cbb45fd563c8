package io.ledgerlint.validate.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule definition of every family, in catalogue order. Its {@link #version()} is the rules.md edition plus a
 * digest of each rule's id, version and severity, so any change to any rule gives a new catalogue version.
 */
public final class Catalogue {

    /** The edition of docs/domain/rules.md the catalogue implements. */
    public static final String SPEC_VERSION = "1.0";

    private final Map<String, RuleDefinition> byId;
    private final String version;

    public Catalogue(Collection<RuleDefinition> definitions) {
        Map<String, RuleDefinition> map = new LinkedHashMap<>();
        for (RuleDefinition definition : definitions) {
            if (map.put(definition.id(), definition) != null) {
                throw new IllegalArgumentException("rule " + definition.id() + " is defined twice");
            }
        }
        this.byId = map;
        this.version = SPEC_VERSION + "+" + digest(map.values());
    }

    public String version() {
        return version;
    }

    public List<RuleDefinition> definitions() {
        return List.copyOf(byId.values());
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static String digest(Collection<RuleDefinition> definitions) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            definitions.stream()
                    .map(d -> d.id() + ":" + d.version() + ":" + d.severity() + "\n")
                    .sorted()
                    .forEach(line -> sha.update(line.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
