package io.ledgerlint.domain.bucket;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BucketConnectionTest {

    @Test
    void anAccessKeyWithoutItsSecretIsAConfigurationError() {
        Map<String, String> settings = Map.of(BucketConnection.ACCESS_KEY, "key");

        assertThatThrownBy(() -> BucketConnection.from(key -> Optional.ofNullable(settings.get(key))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BucketConnection.SECRET_KEY);
    }
}
