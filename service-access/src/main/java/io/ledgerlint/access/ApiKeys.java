package io.ledgerlint.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The configured API keys, by name. Only SHA-256 digests of the secrets are kept, and a presented key is compared
 * with every one of them in constant time ({@link MessageDigest#isEqual}), so neither the answer's timing nor a heap
 * dump gives a key away.
 */
public final class ApiKeys {

    /** Shorter secrets are refused: a key is a password that nobody has to remember. */
    public static final int MIN_SECRET_LENGTH = 16;

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * @param byName the configuration ({@code ledgerlint.auth.api-keys.<name>.key} / {@code .roles})
     * @throws IllegalArgumentException naming the key (never its secret) if a secret is too short or shared by two
     *     names, or a role is unknown
     */
    public static ApiKeys of(Map<String, ApiKey> byName) {
        List<Entry> entries = new ArrayList<>();
        byName.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(configured -> {
            String name = configured.getKey();
            ApiKey key = configured.getValue();
            String setting = "ledgerlint.auth.api-keys." + name;
            if (key.secret().length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException(setting + ".key is " + key.secret().length()
                        + " characters long; use at least " + MIN_SECRET_LENGTH
                        + " random characters (for example: openssl rand -hex 24)");
            }
            if (key.roles().isEmpty()) {
                throw new IllegalArgumentException(setting + ".roles is empty; give it one or more of " + roleIds());
            }
            for (String role : key.roles()) {
                if (AccessRole.byId(role).isEmpty()) {
                    throw new IllegalArgumentException(setting + ".roles names the unknown role '" + role
                            + "'; the roles are " + roleIds());
                }
            }
            byte[] digest = sha256(key.secret());
            for (Entry other : entries) {
                if (MessageDigest.isEqual(other.digest, digest)) {
                    throw new IllegalArgumentException(setting + ".key is the same secret as ledgerlint.auth.api-keys."
                            + other.holder.name() + ".key; give every key its own secret");
                }
            }
            entries.add(new Entry(new ApiKeyHolder(name, Set.copyOf(key.roles())), digest));
        });
        return new ApiKeys(List.copyOf(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The holder of the presented secret, if it is one of the keys. Takes the same time whichever key matches. */
    public Optional<ApiKeyHolder> holderOf(String presentedSecret) {
        byte[] presented = sha256(presentedSecret);
        ApiKeyHolder found = null;
        for (Entry entry : entries) {
            // every digest is compared, also after a match
            if (MessageDigest.isEqual(entry.digest, presented)) {
                found = entry.holder;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The keys' names and roles, for the startup log: {@code reader (read), uploader (upload)}. */
    public String describe() {
        return entries.stream()
                .map(entry -> entry.holder.name() + " (" + String.join(", ", new TreeSet<>(entry.holder.roles())) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String roleIds() {
        return Arrays.stream(AccessRole.values()).map(AccessRole::id).collect(Collectors.joining(", "));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Entry(ApiKeyHolder holder, byte[] digest) {
    }
}
