package io.ledgerlint.report.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.report.persistence.FindingRecord;
import io.ledgerlint.report.persistence.StatusHistoryEntry;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class PipelineEventsTest {

    @Inject
    ObjectMapper objectMapper;

    private Pipeline pipeline;

    @BeforeEach
    void connect() {
        pipeline = new Pipeline(objectMapper);
    }

    @AfterEach
    void disconnect() {
        pipeline.close();
    }

    private static void awaitStatus(String documentId, DocumentStatus status) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/documents/{id}", documentId)
                .then().statusCode(200).body("status", equalTo(status.name())));
    }

    @Test
    void happyPathMovesThroughEveryStageWithTheContractShapes() {
        TestEvents doc = new TestEvents("北京市某某局2023年度部门决算.pdf");

        pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
        awaitStatus(doc.documentId, DocumentStatus.RECEIVED);
        pipeline.publish(Topics.TABLES_EXTRACTED, doc.documentId, doc.extracted("商品和服务支出"));
        awaitStatus(doc.documentId, DocumentStatus.PARSED);
        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("基本支出合计与明细之和不符"));
        awaitStatus(doc.documentId, DocumentStatus.VALIDATED);

        JsonPath document = given().get("/api/documents/{id}", doc.documentId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(document.getMap("$")).containsOnlyKeys("documentId", "filename", "sha256", "status", "error",
                "errorCode", "receivedAt", "updatedAt", "findingCounts");
        assertThat(document.getString("documentId")).isEqualTo(doc.documentId);
        assertThat(document.getString("filename")).isEqualTo(doc.filename);
        assertThat(document.getString("sha256")).isEqualTo(doc.sha256);
        assertThat(document.getString("error")).isNull();
        assertThat(document.getString("errorCode")).isNull();
        assertThat(document.getString("receivedAt")).isEqualTo("2024-05-01T10:00:00.123456Z");
        assertThat(document.getString("updatedAt")).isNotBlank();
        assertThat(document.getMap("findingCounts")).isEqualTo(Map.of("error", 1, "warning", 1, "info", 1));

        JsonPath tables = given().get("/api/documents/{id}/tables", doc.documentId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(tables.getString("documentId")).isEqualTo(doc.documentId);
        assertThat(tables.getString("tables[0].id")).isEqualTo("06");
        assertThat(tables.getString("tables[0].title")).isEqualTo("一般公共预算财政拨款基本支出决算表");
        assertThat(tables.getString("tables[0].unit")).isEqualTo("万元");
        assertThat(tables.getInt("tables[0].page")).isEqualTo(12);
        assertThat(tables.getList("tables[0].headerRows")).isEqualTo(List.of(List.of("科目编码", "科目名称", "决算数")));
        assertThat(tables.getList("tables[0].rows")).isEqualTo(List.of(
                List.of("301", "工资福利支出", "177.5"), List.of("302", "商品和服务支出", "10.00")));
        assertThat(tables.getList("tables[0].columns.role")).isEqualTo(List.of("CODE", "LABEL", "AMOUNT"));
        assertThat(tables.getList("tables[0].columns[2].header")).isEqualTo(List.of("决算数"));
        assertThat(tables.getString("sections[0].heading")).isEqualTo("一、收入支出决算总体情况说明");
        assertThat(tables.getString("sections[0].text")).isEqualTo("2023年度收入支出总计387.79万元。");

        JsonPath findings = given().get("/api/documents/{id}/findings", doc.documentId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(findings.getString("documentId")).isEqualTo(doc.documentId);
        assertThat(findings.getList("findings")).hasSize(3);
        assertThat(findings.getString("findings[0].ruleId")).isEqualTo("T06-CLASS-SUM");
        assertThat(findings.getString("findings[0].severity")).isEqualTo("error");
        assertThat(findings.getString("findings[0].message")).isEqualTo("基本支出合计与明细之和不符");
        assertThat(findings.getString("findings[0].locations[0].table")).isEqualTo("06");
        assertThat(findings.getString("findings[0].locations[0].row")).isEqualTo("301");
        assertThat(findings.getString("findings[0].locations[0].column")).isEqualTo("决算数");
        assertThat(findings.getInt("findings[0].locations[0].page")).isEqualTo(12);
        assertThat(findings.getString("findings[0].expected")).isEqualTo("177.55");
        assertThat(findings.getString("findings[0].actual")).isEqualTo("177.5");
        assertThat(findings.getString("findings[1].locations[0].section")).isEqualTo("一、收入支出决算总体情况说明");

        assertThat(historyOf(doc.documentId)).containsExactly(
                DocumentStatus.RECEIVED, DocumentStatus.PARSED, DocumentStatus.VALIDATED);
    }

    @Test
    void eventsArrivingBeforeTheDocumentIsKnownCreateItAndStatusNeverGoesBack() {
        TestEvents doc = new TestEvents("out-of-order.pdf");

        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("先到的结果"));
        awaitStatus(doc.documentId, DocumentStatus.VALIDATED);
        pipeline.publish(Topics.TABLES_EXTRACTED, doc.documentId, doc.extracted("商品和服务支出"));
        pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
        pipeline.awaitConsumed();

        given().get("/api/documents/{id}", doc.documentId).then().statusCode(200)
                .body("status", equalTo("VALIDATED"))
                .body("filename", equalTo(doc.filename))
                .body("receivedAt", equalTo("2024-05-01T10:00:00.123456Z"))
                .body("findingCounts.error", equalTo(1));
        given().get("/api/documents/{id}/tables", doc.documentId).then().statusCode(200)
                .body("tables[0].id", equalTo("06"));
    }

    @Test
    void eventsOfOneDocumentHandledConcurrentlyOnEveryTopicEndConsistent() {
        List<TestEvents> docs = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            TestEvents doc = new TestEvents("concurrent-" + i + ".pdf");
            docs.add(doc);
            pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("并发"));
            pipeline.publish(Topics.TABLES_EXTRACTED, doc.documentId, doc.extracted("商品和服务支出"));
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
        }
        pipeline.awaitConsumed();

        for (TestEvents doc : docs) {
            given().get("/api/documents/{id}", doc.documentId).then().statusCode(200)
                    .body("status", equalTo("VALIDATED"))
                    .body("filename", equalTo(doc.filename))
                    .body("findingCounts.error", equalTo(1));
            assertThat(historyOf(doc.documentId)).containsExactly(
                    DocumentStatus.RECEIVED, DocumentStatus.PARSED, DocumentStatus.VALIDATED);
        }
    }

    @Test
    void redeliveredEventsChangeNothing() {
        TestEvents doc = new TestEvents("twice.pdf");
        for (int delivery = 0; delivery < 2; delivery++) {
            pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
            pipeline.publish(Topics.TABLES_EXTRACTED, doc.documentId, doc.extracted("商品和服务支出"));
            pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("重复投递"));
        }
        pipeline.awaitConsumed();
        String updatedAt = given().get("/api/documents/{id}", doc.documentId).then().statusCode(200)
                .body("status", equalTo("VALIDATED")).extract().path("updatedAt");
        List<Long> findingIds = findingIdsOf(doc.documentId);

        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("重复投递"));
        pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
        pipeline.awaitConsumed();

        given().get("/api/documents/{id}/findings", doc.documentId).then().statusCode(200)
                .body("findings.size()", equalTo(3));
        assertThat(findingIdsOf(doc.documentId)).isEqualTo(findingIds);
        assertThat(historyOf(doc.documentId)).containsExactly(
                DocumentStatus.RECEIVED, DocumentStatus.PARSED, DocumentStatus.VALIDATED);
        given().get("/api/documents/{id}", doc.documentId).then().body("updatedAt", equalTo(updatedAt));
    }

    @Test
    void newerFindingsReplaceTheOldOnes() {
        TestEvents doc = new TestEvents("revalidated.pdf");
        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("第一次"));
        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId,
                doc.findingsAt("第二次", doc.receivedAt.plusSeconds(3600)));
        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("第一次"));
        pipeline.awaitConsumed();

        given().get("/api/documents/{id}/findings", doc.documentId).then().statusCode(200)
                .body("findings.size()", equalTo(3))
                .body("findings[0].message", equalTo("第二次"));
    }

    @Test
    void aFileRejectedAtIngestIsListedWithTheTimeItsRejectionWasRecorded() {
        TestEvents doc = new TestEvents("fake.pdf");
        pipeline.publish(Topics.DOCUMENTS_FAILED, doc.documentId, doc.failed(DocumentStatus.REJECTED, "ingest",
                ErrorCode.NOT_PDF.code(), "the file does not start with %PDF-", doc.receivedAt));
        awaitStatus(doc.documentId, DocumentStatus.REJECTED);

        given().get("/api/documents/{id}", doc.documentId).then().statusCode(200)
                .body("receivedAt", notNullValue())
                .body("errorCode", equalTo(ErrorCode.NOT_PDF.code()));
        given().get("/api/documents?size=200").then().statusCode(200)
                .body("items.find { it.documentId == '" + doc.documentId + "' }.receivedAt", notNullValue());
    }

    @Test
    void fileNamesFromAnyProducerAreStoredAsDisplayNames() {
        // a producer other than ingest: a right-to-left override and 10,000 characters reach report-service as sent
        TestEvents received = new TestEvents("决算\u202Efdp.exe" + "表".repeat(10_000) + ".pdf");
        TestEvents failedFirst = new TestEvents("\u2066\u202E\uFEFF");
        pipeline.publish(Topics.DOCUMENTS_RECEIVED, received.documentId, received.received());
        pipeline.publish(Topics.DOCUMENTS_FAILED, failedFirst.documentId, failedFirst.failed(DocumentStatus.REJECTED,
                "ingest", ErrorCode.NOT_PDF.code(), "the file does not start with %PDF-", failedFirst.receivedAt));
        pipeline.awaitConsumed();

        String shown = given().get("/api/documents/{id}", received.documentId).then().statusCode(200)
                .extract().path("filename");
        // "决算fdp.exe" is 13 bytes; 79 more characters of 3 bytes and ".pdf" make 254, one more would make 257
        assertThat(shown).isEqualTo("决算fdp.exe" + "表".repeat(79) + ".pdf");
        given().get("/api/documents/{id}", failedFirst.documentId).then().statusCode(200)
                .body("filename", equalTo(failedFirst.documentId + ".pdf"));
    }

    @Test
    void rejectedDocumentShowsItsErrorAndStaysRejected() {
        TestEvents doc = new TestEvents("empty.pdf");
        pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
        pipeline.publish(Topics.DOCUMENTS_FAILED, doc.documentId, doc.failed(DocumentStatus.REJECTED, "parse",
                ErrorCode.NO_TEXT_LAYER.code(), "the PDF has no text layer", doc.receivedAt.plusSeconds(2)));
        awaitStatus(doc.documentId, DocumentStatus.REJECTED);
        pipeline.publish(Topics.TABLES_EXTRACTED, doc.documentId, doc.extracted("迟到的表格"));
        pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.received());
        pipeline.awaitConsumed();

        given().get("/api/documents/{id}", doc.documentId).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("error", equalTo(ErrorCode.NO_TEXT_LAYER.code() + ": the PDF has no text layer"))
                .body("errorCode", equalTo(ErrorCode.NO_TEXT_LAYER.code()));
        given().get("/api/documents/{id}/findings", doc.documentId).then().statusCode(404)
                .body("error", equalTo("not-found"));
    }

    @Test
    void resubmissionAfterAFailureStartsOver() {
        TestEvents doc = new TestEvents("retry.pdf");
        pipeline.publish(Topics.DOCUMENTS_FAILED, doc.documentId, doc.failed(DocumentStatus.FAILED, "parse",
                ErrorCode.PARSE_FAILED.code(), "NullPointerException", doc.receivedAt.plusSeconds(2)));
        awaitStatus(doc.documentId, DocumentStatus.FAILED);

        pipeline.publish(Topics.DOCUMENTS_RECEIVED, doc.documentId, doc.receivedAt(doc.receivedAt.plusSeconds(60)));
        awaitStatus(doc.documentId, DocumentStatus.RECEIVED);
        given().get("/api/documents/{id}", doc.documentId).then().body("error", equalTo(null))
                .body("errorCode", equalTo(null));
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        TestEvents doc = new TestEvents("after-poison.pdf");
        String poison = "{\"documentId\": \"" + doc.documentId + "\", this is not json";

        pipeline.publishRaw(Topics.FINDINGS_PRODUCED, doc.documentId, poison);
        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("毒消息之后"));
        awaitStatus(doc.documentId, DocumentStatus.VALIDATED);

        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.FINDINGS_PRODUCED + Topics.DEAD_LETTER_SUFFIX,
                doc.documentId);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(dead.headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("FindingsProduced");
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String topic, String key) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Pipeline.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found[0] = record;
                    }
                }
                return found[0] != null;
            });
            return found[0];
        }
    }

    private static List<DocumentStatus> historyOf(String documentId) {
        return QuarkusTransaction.requiringNew().call(() -> StatusHistoryEntry
                .<StatusHistoryEntry>list("documentId = ?1 order by at", documentId).stream()
                .map(entry -> entry.status).toList());
    }

    private static List<Long> findingIdsOf(String documentId) {
        return QuarkusTransaction.requiringNew().call(() -> FindingRecord
                .<FindingRecord>list("documentId = ?1 order by position", documentId).stream()
                .map(finding -> finding.id).toList());
    }
}
