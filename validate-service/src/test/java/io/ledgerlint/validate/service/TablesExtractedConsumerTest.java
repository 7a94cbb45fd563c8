package io.ledgerlint.validate.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.testsupport.CorpusDocuments;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.validate.fixtures.TruthDocuments;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** validate-service against a real Kafka broker: findings for a corpus document, and poison records to the DLQ. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class TablesExtractedConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void publishesTheFindingsOfAnExtractedDocument() throws Exception {
        TablesExtracted document = TruthDocuments.load(CorpusDocuments.folder("doc-000"));
        send("ledgerlint.tables.extracted", document.documentId(), json.writeValueAsString(document));

        ConsumerRecord<String, String> record = firstRecord("ledgerlint.findings.produced", document.documentId());
        assertThat(header(record, "ce_type")).isEqualTo("io.ledgerlint.findings.produced.v1");
        assertThat(header(record, "ce_source")).isEqualTo("ledgerlint/validate-service");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        JsonNode findings = json.readTree(record.value());
        assertThat(findings.path("documentId").asText()).isEqualTo(document.documentId());
        assertThat(findings.path("catalogueVersion").asText()).startsWith("1.0+");
        List<String> ruleIds = new ArrayList<>();
        findings.path("findings").forEach(f -> ruleIds.add(f.path("ruleId").asText()));
        assertThat(ruleIds).contains("T06-CLASS-SUM", "T06-PUBLIC-TOTAL", "XT-T05-T06-BASIC");
        findings.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals("T06-CLASS-SUM")) {
                assertThat(f.path("severity").asText()).isEqualTo("error");
                assertThat(f.path("expected").asText()).isEqualTo("177.55");
                assertThat(f.path("actual").asText()).isEqualTo("177.50");
                assertThat(f.path("locations").get(0).path("table").asText()).isEqualTo("06");
                assertThat(f.path("locations").get(0).path("row").asText()).isEqualTo("301 工资福利支出");
            }
        });
    }

    @Test
    void theFindingsCarryTheTraceOfTheExtractionTheyCameFromAndTheDocumentIsCounted() throws Exception {
        TablesExtracted document = TruthDocuments.load(CorpusDocuments.folder("doc-003"));
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String incoming = "00-" + traceId + "-00f067aa0ba902b7-01";
        send("ledgerlint.tables.extracted", document.documentId(), json.writeValueAsString(document),
                new RecordHeader("traceparent", incoming.getBytes(StandardCharsets.UTF_8)));

        String outgoing = header(firstRecord("ledgerlint.findings.produced", document.documentId()), "traceparent");
        assertThat(outgoing).startsWith("00-" + traceId + "-").isNotEqualTo(incoming);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ledgerlint_documents_total{outcome=\"validated\",reason=\"none\","
                        + "service=\"validate-service\"}"))
                .body(containsString(
                        "ledgerlint_stage_seconds_count{service=\"validate-service\",stage=\"validate\"}"));
    }

    @Test
    void sendsAnUnreadableRecordToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        send("ledgerlint.tables.extracted", key, "{this is not json");

        ConsumerRecord<String, String> record = firstRecord("ledgerlint.tables.extracted.dlq", key);
        assertThat(record.value()).isEqualTo("{this is not json");
        assertThat(header(record, "dead-letter-reason")).contains("JsonParseException");
    }

    @Test
    void sendsARecordWithoutDocumentIdToTheDeadLetterTopic() {
        String key = "no-id-" + UUID.randomUUID();
        send("ledgerlint.tables.extracted", key, "{\"schemaVersion\": 1, \"tables\": []}");

        assertThat(header(firstRecord("ledgerlint.tables.extracted.dlq", key), "dead-letter-reason"))
                .contains("documentId");
    }

    private void send(String topic, String key, String value, Header... headers) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, value, List.of(headers)));
            producer.flush();
        }
    }

    private ConsumerRecord<String, String> firstRecord(String topic, String key) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("group.id", "it-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
