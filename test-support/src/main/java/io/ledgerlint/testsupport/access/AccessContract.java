package io.ledgerlint.testsupport.access;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every service promises about access once credentials are configured: each guarded endpoint lets only its
 * role through ({@link AccessChecks#assertOnlyRoleGetsThrough}), and the health probes stay open for the platform.
 * A service's {@code AccessTest} extends this with its {@code @QuarkusTest} setup (under
 * {@link AccessEnforcedProfile}) and lists its guarded endpoints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AccessContract {

    @TestHTTPResource("/")
    URI root;

    /** Every endpoint of the service that needs credentials, with the role it needs. */
    protected abstract Stream<HttpEndpoint> guardedEndpoints();

    Stream<HttpEndpoint> healthProbes() {
        return Stream.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started")
                .map(path -> HttpEndpoint.get(path, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardedEndpoints")
    void onlyTheEndpointsRoleGetsThrough(HttpEndpoint endpoint) {
        new AccessChecks(root).assertOnlyRoleGetsThrough(endpoint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("healthProbes")
    void healthProbesStayOpen(HttpEndpoint endpoint) {
        new AccessChecks(root).assertOpen(endpoint);
    }
}
