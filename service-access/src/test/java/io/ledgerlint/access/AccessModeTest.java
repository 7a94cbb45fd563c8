package io.ledgerlint.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessModeTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"})
    void aLoopbackBindWithoutCredentialsIsOpen(String host) {
        assertThat(LoopbackHost.is(host)).isTrue();
        assertThat(AccessMode.decide(host, Optional.empty(), false, false)).isEqualTo(AccessMode.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "[::]", "10.1.2.3", "192.168.0.10", "no-such-host.invalid", ""})
    void anyOtherBindWithoutCredentialsRefusesToStart(String host) {
        assertThat(LoopbackHost.is(host)).isFalse();
        assertThatThrownBy(() -> AccessMode.decide(host, Optional.empty(), false, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start: quarkus.http.host=" + host + " is not a loopback address")
                .hasMessageContaining("ledgerlint.auth.api-keys.<name>.key")
                .hasMessageContaining("mp.jwt.verify.publickey.location");
    }

    @Test
    void credentialsEnforceAccessOnAnyBind() {
        assertThat(AccessMode.decide("0.0.0.0", Optional.empty(), true, false)).isEqualTo(AccessMode.ENFORCED);
        assertThat(AccessMode.decide("0.0.0.0", Optional.empty(), false, true)).isEqualTo(AccessMode.ENFORCED);
        assertThat(AccessMode.decide("127.0.0.1", Optional.empty(), true, true)).isEqualTo(AccessMode.ENFORCED);
    }

    @Test
    void explicitlyDisabledIsAllowedOnLoopbackOnly() {
        assertThat(AccessMode.decide("127.0.0.1", Optional.of(false), true, false)).isEqualTo(AccessMode.OPEN);
        assertThatThrownBy(() -> AccessMode.decide("0.0.0.0", Optional.of(false), true, true))
                .hasMessageContaining("ledgerlint.auth.enabled=false is allowed on loopback only");
    }

    @Test
    void explicitlyEnabledWithoutCredentialsRefusesToStart() {
        assertThatThrownBy(() -> AccessMode.decide("127.0.0.1", Optional.of(true), false, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ledgerlint.auth.enabled=true but no credentials are configured");
        assertThat(AccessMode.decide("127.0.0.1", Optional.of(true), true, false)).isEqualTo(AccessMode.ENFORCED);
    }
}
