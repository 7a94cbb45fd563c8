package io.ledgerlint.report.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operations view against the real broker: end offsets, a consumer group's lag per partition, a dead-letter
 * topic's depth and newest reason, the stage latencies, and the metrics a dashboard reads.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class OpsApiTest {

    private static final String DEAD_LETTERS = Topics.FINDINGS_PRODUCED + Topics.DEAD_LETTER_SUFFIX;

    @Inject
    ObjectMapper objectMapper;

    private Pipeline pipeline;
    private Admin admin;

    @BeforeEach
    void connect() {
        pipeline = new Pipeline(objectMapper);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Pipeline.bootstrapServers()));
    }

    @AfterEach
    void disconnect() {
        pipeline.close();
        admin.close();
    }

    @Test
    void showsEndOffsetsLagPerPartitionDeadLettersAndStageLatencies() throws Exception {
        TestEvents doc = new TestEvents("运行状态.pdf");
        RecordMetadata received = pipeline.publishRaw(Topics.DOCUMENTS_RECEIVED, doc.documentId,
                objectMapper.writeValueAsString(doc.received()));
        pipeline.publish(Topics.TABLES_EXTRACTED, doc.documentId, doc.extracted("商品和服务支出"));
        pipeline.publish(Topics.FINDINGS_PRODUCED, doc.documentId, doc.findings("基本支出合计与明细之和不符"));
        String poisonKey = "poison-" + UUID.randomUUID();
        pipeline.publishRaw(Topics.FINDINGS_PRODUCED, poisonKey, "{this is not json");
        pipeline.awaitConsumed();

        // parse-service's group, as if it had read all but the last record of the partition the document went to
        TopicPartition partition = new TopicPartition(received.topic(), received.partition());
        long end = endOffsets(List.of(partition), OffsetSpec.latest()).get(partition);
        admin.alterConsumerGroupOffsets("ledgerlint-parse", Map.of(partition, new OffsetAndMetadata(end - 1)))
                .all().get();

        JsonPath ops = await().atMost(Duration.ofSeconds(60)).until(
                () -> given().get("/api/ops").then().statusCode(200).extract().jsonPath(),
                answer -> answer.getList("deadLetters.find { it.topic == '" + DEAD_LETTERS + "' }.newest.key")
                        .contains(poisonKey));
        List<TopicPartition> dlqPartitions = admin.describeTopics(List.of(DEAD_LETTERS)).allTopicNames().get()
                .get(DEAD_LETTERS).partitions().stream().map(p -> new TopicPartition(DEAD_LETTERS, p.partition()))
                .toList();
        Map<TopicPartition, Long> dlqEnds = endOffsets(dlqPartitions, OffsetSpec.latest());
        Map<TopicPartition, Long> dlqBeginnings = endOffsets(dlqPartitions, OffsetSpec.earliest());
        long depth = dlqPartitions.stream().mapToLong(p -> dlqEnds.get(p) - dlqBeginnings.get(p)).sum();

        assertThat(ops.getBoolean("kafka.reachable")).isTrue();
        String topic = "topics.find { it.topic == '" + received.topic() + "' }";
        assertThat(ops.getLong(topic + ".partitions.find { it.partition == " + received.partition() + " }.endOffset"))
                .isEqualTo(end);
        assertThat(ops.getList("topics.topic")).containsExactly(Topics.DOCUMENTS_RECEIVED, Topics.TABLES_EXTRACTED,
                Topics.FINDINGS_PRODUCED, Topics.DOCUMENTS_FAILED);

        String parseLag = "consumerGroups.find { it.group == 'ledgerlint-parse' }.partitions.find { it.topic == '"
                + received.topic() + "' && it.partition == " + received.partition() + " }";
        assertThat(ops.getMap(parseLag)).containsEntry("committedOffset", (int) (end - 1))
                .containsEntry("endOffset", (int) end).containsEntry("lag", 1);
        String reportLag = parseLag.replace("ledgerlint-parse", "ledgerlint-report");
        assertThat(ops.getInt(reportLag + ".lag")).isZero();

        String deadLetters = "deadLetters.find { it.topic == '" + DEAD_LETTERS + "' }";
        assertThat(ops.getLong(deadLetters + ".depth")).isEqualTo(depth).isPositive();
        Map<String, Object> poison = ops.getMap(deadLetters + ".newest.find { it.key == '" + poisonKey + "' }");
        assertThat((String) poison.get("reason")).contains("FindingsProduced");

        assertThat(ops.getList("stageLatencies.stage")).containsExactly("parse", "validate", "pipeline");
        assertThat(ops.getLong("stageLatencies.find { it.stage == 'pipeline' }.documents")).isPositive();
        assertThat(ops.getDouble("stageLatencies.find { it.stage == 'pipeline' }.p50Seconds")).isNotNull();

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(gauge(metrics, "ledgerlint_dlq_records{topic=\"" + DEAD_LETTERS + "\"}")).isEqualTo(depth);
        assertThat(metrics)
                .contains("ledgerlint_documents_total{outcome=\"stored\",reason=\"none\",service=\"report-service\"}")
                .contains("ledgerlint_stage_seconds_count{service=\"report-service\",stage=\"report\"}");
    }

    private Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, Long> offsets = new java.util.HashMap<>();
        admin.listOffsets(request).all().get().forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    private static long gauge(String metrics, String series) {
        Matcher value = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertThat(value.find()).as(series).isTrue();
        return (long) Double.parseDouble(value.group(1));
    }
}
