package io.ledgerlint.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static final String UPLOADER_SECRET = "uploader-secret-0123456789";
    private static final String READER_SECRET = "reader-secret-0123456789";

    private final ApiKeys keys = ApiKeys.of(Map.of(
            "uploader", new ApiKey(UPLOADER_SECRET, Set.of("upload")),
            "reader", new ApiKey(READER_SECRET, Set.of("read", "operator"))));

    @Test
    void aConfiguredSecretIdentifiesItsHolderAndRoles() {
        assertThat(keys.holderOf(UPLOADER_SECRET)).contains(new ApiKeyHolder("uploader", Set.of("upload")));
        assertThat(keys.holderOf(READER_SECRET)).contains(new ApiKeyHolder("reader", Set.of("read", "operator")));
    }

    @Test
    void anyOtherSecretIdentifiesNobody() {
        assertThat(keys.holderOf("reader-secret-012345678")).isEmpty();
        assertThat(keys.holderOf(READER_SECRET + " ")).isEmpty();
        assertThat(keys.holderOf("")).isEmpty();
    }

    @Test
    void describesNamesAndRolesButNoSecret() {
        assertThat(keys.describe()).isEqualTo("reader (operator, read), uploader (upload)")
                .doesNotContain("secret");
        assertThat(new ApiKey(READER_SECRET, Set.of("read")).toString()).doesNotContain(READER_SECRET);
    }

    @Test
    void refusesAShortSecretWithoutShowingIt() {
        assertThatThrownBy(() -> ApiKeys.of(Map.of("ops", new ApiKey("short-secret", Set.of("operator")))))
                .hasMessageContaining("ledgerlint.auth.api-keys.ops.key is 12 characters long")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void refusesAnUnknownOrMissingRole() {
        assertThatThrownBy(() -> ApiKeys.of(Map.of("ops", new ApiKey(READER_SECRET, Set.of("admin")))))
                .hasMessageContaining("ledgerlint.auth.api-keys.ops.roles names the unknown role 'admin'")
                .hasMessageContaining("upload, read, operator");
        assertThatThrownBy(() -> ApiKeys.of(Map.of("ops", new ApiKey(READER_SECRET, Set.of()))))
                .hasMessageContaining("ledgerlint.auth.api-keys.ops.roles is empty");
    }

    @Test
    void refusesOneSecretUnderTwoNames() {
        assertThatThrownBy(() -> ApiKeys.of(Map.of(
                "a", new ApiKey(READER_SECRET, Set.of("read")),
                "b", new ApiKey(READER_SECRET, Set.of("operator")))))
                .hasMessageContaining("ledgerlint.auth.api-keys.b.key is the same secret as ledgerlint.auth.api-keys.a.key")
                .hasMessageNotContaining(READER_SECRET);
    }

    @Test
    void noConfiguredKeysIsEmpty() {
        assertThat(ApiKeys.of(Map.of()).isEmpty()).isTrue();
        assertThat(keys.isEmpty()).isFalse();
    }
}
