package io.ledgerlint.report.access;

import io.ledgerlint.testsupport.BlobRootTestResource;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.ledgerlint.testsupport.access.AccessContract;
import io.ledgerlint.testsupport.access.AccessEnforcedProfile;
import io.ledgerlint.testsupport.access.HttpEndpoint;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.stream.Stream;

/**
 * report-service with credentials configured: every endpoint (the API, the HTML pages and their assets, page images,
 * exports, the feeds, the API description) lets through its role only; health stays open.
 */
@QuarkusTest
@TestProfile(AccessEnforcedProfile.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(BlobRootTestResource.class)
class AccessTest extends AccessContract {

    private static final String DOCUMENT = "/api/documents/0000000000000000";

    @Override
    protected Stream<HttpEndpoint> guardedEndpoints() {
        return Stream.concat(readEndpoints(), operatorEndpoints());
    }

    private static Stream<HttpEndpoint> readEndpoints() {
        return Stream.of("/api/documents", DOCUMENT, DOCUMENT + "/tables", DOCUMENT + "/findings",
                        DOCUMENT + "/findings.csv", DOCUMENT + "/findings.xlsx", DOCUMENT + "/report.pdf",
                        "/api/export/batch.xlsx", "/api/findings/changes?since=0", "/api/events",
                        "/", "/documents/0000000000000000", "/documents/0000000000000000/pages/1.png",
                        "/css/ledgerlint.css", "/js/live-overview.js", "/q/openapi", "/q/swagger-ui/")
                .map(path -> HttpEndpoint.get(path, "read"));
    }

    /** The operations page and API (served by their own resources) and the metrics. */
    private static Stream<HttpEndpoint> operatorEndpoints() {
        return Stream.of("/ops", "/api/ops", "/api/ops/anything", "/q/metrics")
                .map(path -> HttpEndpoint.get(path, "operator"));
    }
}
