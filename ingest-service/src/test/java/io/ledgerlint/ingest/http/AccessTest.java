package io.ledgerlint.ingest.http;

import io.ledgerlint.ingest.IngestFoldersTestResource;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.access.AccessContract;
import io.ledgerlint.testsupport.access.AccessEnforcedProfile;
import io.ledgerlint.testsupport.access.HttpEndpoint;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.stream.Stream;

/** ingest-service with credentials configured: every endpoint lets through its role only; health stays open. */
@QuarkusTest
@TestProfile(AccessEnforcedProfile.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(IngestFoldersTestResource.class)
class AccessTest extends AccessContract {

    @Override
    protected Stream<HttpEndpoint> guardedEndpoints() {
        return Stream.of(
                HttpEndpoint.post("/api/documents", "application/pdf", "upload"),
                HttpEndpoint.post("/api/documents", "application/octet-stream", "upload"),
                HttpEndpoint.post("/api/documents", "multipart/form-data; boundary=b", "upload"),
                HttpEndpoint.get("/q/metrics", "operator"));
    }
}
