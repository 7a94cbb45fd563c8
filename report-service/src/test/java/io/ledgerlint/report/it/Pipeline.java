package io.ledgerlint.report.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test's side of the broker: publishes events the way the other services do (key documentId, JSON value) and
 * tells when report-service has consumed everything published so far, judged by its group's committed offsets.
 */
final class Pipeline implements AutoCloseable {

    static final String GROUP = "ledgerlint-report";

    private final ObjectMapper objectMapper;
    private final KafkaProducer<String, String> producer;
    private final Admin admin;
    /** Per partition, the offset just past the last record sent to it. */
    private final Map<TopicPartition, Long> sent = new HashMap<>();

    Pipeline(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    void publish(String topic, String documentId, Object event) {
        try {
            publishRaw(topic, documentId, objectMapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Publishes {@code value} as it is; returns where it landed. */
    RecordMetadata publishRaw(String topic, String documentId, String value) {
        try {
            RecordMetadata metadata = producer.send(new ProducerRecord<>(topic, documentId, value)).get();
            sent.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset() + 1, Math::max);
            return metadata;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e.getCause());
        }
    }

    /** Waits until report-service has processed (and committed) every record this pipeline published. */
    void awaitConsumed() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(this::allCommitted);
    }

    private boolean allCommitted() throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        return sent.entrySet().stream().allMatch(entry -> {
            OffsetAndMetadata offset = committed.get(entry.getKey());
            return offset != null && offset.offset() >= entry.getValue();
        });
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}
