package io.ledgerlint.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deployments configure keys through the environment only: the variables must reach the mapping. */
class AccessConfigTest {

    @Test
    void apiKeysFromEnvironmentVariables() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of(
                        "LEDGERLINT_AUTH_API_KEYS_UPLOADER_KEY", "uploader-secret-0123456789",
                        "LEDGERLINT_AUTH_API_KEYS_UPLOADER_ROLES", "upload",
                        "LEDGERLINT_AUTH_API_KEYS_OPS_KEY", "ops-secret-0123456789",
                        "LEDGERLINT_AUTH_API_KEYS_OPS_ROLES", "read,operator",
                        "LEDGERLINT_AUTH_ENABLED", "true"), 300))
                .withMapping(AccessConfig.class)
                .build();

        AccessConfig access = config.getConfigMapping(AccessConfig.class);

        assertThat(access.enabled()).contains(true);
        assertThat(access.apiKeys()).containsOnlyKeys("uploader", "ops");
        assertThat(access.apiKeys().get("uploader").key()).isEqualTo("uploader-secret-0123456789");
        assertThat(access.apiKeys().get("ops").roles()).isEqualTo(Set.of("read", "operator"));
    }

    @Test
    void noKeysConfigured() {
        AccessConfig access = new SmallRyeConfigBuilder().withMapping(AccessConfig.class).build()
                .getConfigMapping(AccessConfig.class);

        assertThat(access.enabled()).isEmpty();
        assertThat(access.apiKeys()).isEmpty();
    }
}
