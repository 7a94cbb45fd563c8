package io.ledgerlint.validate.http;

import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.access.AccessChecks;
import io.ledgerlint.testsupport.access.AccessEnforcedProfile;
import io.ledgerlint.testsupport.access.HttpEndpoint;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * validate-service with credentials configured: it serves no API, only /q; its metrics (and any other path) need the
 * operator role, its health probes stay open.
 */
@QuarkusTest
@TestProfile(AccessEnforcedProfile.class)
@QuarkusTestResource(KafkaTestResource.class)
class AccessTest {

    @TestHTTPResource("/")
    URI root;

    static Stream<HttpEndpoint> guardedEndpoints() {
        return Stream.of(HttpEndpoint.get("/q/metrics", "operator"), HttpEndpoint.get("/api/anything", "operator"));
    }

    static Stream<HttpEndpoint> healthProbes() {
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
