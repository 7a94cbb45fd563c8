package io.ledgerlint.parse.http;

import io.ledgerlint.testsupport.BlobRootTestResource;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.access.AccessContract;
import io.ledgerlint.testsupport.access.AccessEnforcedProfile;
import io.ledgerlint.testsupport.access.HttpEndpoint;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.stream.Stream;

/**
 * parse-service with credentials configured: it serves no API, only /q; its metrics (and any other path) need the
 * operator role, its health probes stay open.
 */
@QuarkusTest
@TestProfile(AccessEnforcedProfile.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(BlobRootTestResource.class)
class AccessTest extends AccessContract {

    @Override
    protected Stream<HttpEndpoint> guardedEndpoints() {
        return Stream.of(HttpEndpoint.get("/q/metrics", "operator"), HttpEndpoint.get("/api/anything", "operator"));
    }
}
