package io.ledgerlint.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PresentedKeyTest {

    @Test
    void theApiKeyHeader() {
        assertThat(PresentedKey.from(" k-123 ", null)).contains("k-123");
        assertThat(PresentedKey.from("k-123", "Bearer some.jwt.token")).contains("k-123");
    }

    @Test
    void theApiKeyAuthorizationScheme() {
        assertThat(PresentedKey.from(null, "ApiKey k-123")).contains("k-123");
        assertThat(PresentedKey.from(null, "apikey   k-123 ")).contains("k-123");
        assertThat(PresentedKey.from(null, "ApiKey ")).isEmpty();
    }

    @Test
    void basicCredentialsPresentTheirPasswordWhateverTheUser() {
        assertThat(PresentedKey.from(null, basic("anyone:k-123"))).contains("k-123");
        assertThat(PresentedKey.from(null, basic(":k:with:colons"))).contains("k:with:colons");
        assertThat(PresentedKey.from(null, basic("no-password:"))).isEmpty();
        assertThat(PresentedKey.from(null, basic("no-colon"))).isEmpty();
        assertThat(PresentedKey.from(null, "Basic not-base64!")).isEmpty();
    }

    @Test
    void bearerTokensAndNothingAreNotKeys() {
        assertThat(PresentedKey.from(null, "Bearer some.jwt.token")).isEmpty();
        assertThat(PresentedKey.from(null, null)).isEmpty();
        assertThat(PresentedKey.from("  ", "Token")).isEmpty();
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
