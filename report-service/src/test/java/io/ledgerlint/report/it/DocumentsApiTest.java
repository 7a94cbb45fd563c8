package io.ledgerlint.report.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DocumentsApiTest {

    @Inject
    ObjectMapper objectMapper;

    @Test
    void listingIsPagedWithItsMetadata() {
        try (Pipeline pipeline = new Pipeline(objectMapper)) {
            for (int i = 0; i < 3; i++) {
                TestEvents doc = new TestEvents("paged-" + i + ".pdf");
                pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
            }
            pipeline.awaitConsumed();
        }

        JsonPath first = given().get("/api/documents?page=0&size=2").then().statusCode(200).extract().jsonPath();
        assertThat(first.getMap("$")).containsOnlyKeys("items", "page", "size", "total");
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(2);
        long total = first.getLong("total");
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.getList("items")).hasSize(2);
        Map<String, Object> item = first.getMap("items[0]");
        assertThat(item).containsOnlyKeys("documentId", "filename", "status", "receivedAt", "findingCounts");
        assertThat((Map<String, Object>) item.get("findingCounts")).containsOnlyKeys("error", "warning", "info");

        List<String> allIds = new ArrayList<>();
        for (int page = 0; page * 2 < total; page++) {
            allIds.addAll(given().get("/api/documents?page={p}&size=2", page).then().statusCode(200)
                    .extract().jsonPath().getList("items.documentId", String.class));
        }
        assertThat(allIds).hasSize((int) total).doesNotHaveDuplicates();
        given().get("/api/documents").then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @ParameterizedTest
    @CsvSource({"page=-1", "size=0", "size=201", "page=abc", "size=1.5"})
    void badPagingAnswers400(String query) {
        given().get("/api/documents?" + query).then().statusCode(400)
                .contentType("application/json")
                .body("error", equalTo("bad-request"))
                .body("message", notNullValue());
    }

    @ParameterizedTest
    @CsvSource({"/api/documents/0000000000000000", "/api/documents/0000000000000000/tables",
            "/api/documents/0000000000000000/findings", "/documents/0000000000000000", "/api/no-such-thing"})
    void unknownResourcesAnswer404Json(String path) {
        given().get(path).then().statusCode(404)
                .contentType("application/json")
                .body("error", equalTo("not-found"))
                .body("message", notNullValue());
    }

    @Test
    void healthChecksKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
