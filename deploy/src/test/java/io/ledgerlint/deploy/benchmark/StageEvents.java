package io.ledgerlint.deploy.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.deploy.batch.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the pipeline's events from Kafka, as any downstream consumer may, for the timestamps each stage puts in them:
 * report-service's API does not expose them (GET /api/documents/{id} has receivedAt and updatedAt only, and no
 * history). Reads every partition from the start without a consumer group, so it neither misses early events nor
 * takes part in the services' groups.
 */
final class StageEvents implements AutoCloseable {

    private static final List<String> TOPICS = List.of(Topics.DOCUMENTS_RECEIVED, Topics.TABLES_EXTRACTED,
            Topics.FINDINGS_PRODUCED);

    private final KafkaConsumer<String, String> consumer;
    private final Thread reader;
    private final Map<String, Instant> received = new ConcurrentHashMap<>();
    private final Map<String, Instant> extracted = new ConcurrentHashMap<>();
    private final Map<String, Integer> pageCounts = new ConcurrentHashMap<>();
    private final Map<String, Instant> validated = new ConcurrentHashMap<>();

    StageEvents(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "ledgerlint-e2e-benchmark");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = TOPICS.stream()
                .flatMap(topic -> consumer.partitionsFor(topic).stream()
                        .map(partition -> new TopicPartition(topic, partition.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        reader = new Thread(this::readUntilClosed, "stage-events");
        reader.setDaemon(true);
        reader.start();
    }

    /** What the events seen so far say about the document. */
    StageStamps of(String documentId) {
        return new StageStamps(received.get(documentId), extracted.get(documentId), validated.get(documentId),
                pageCounts.getOrDefault(documentId, 0));
    }

    private void readUntilClosed() {
        try {
            while (true) {
                for (ConsumerRecord<String, String> event : consumer.poll(Duration.ofMillis(500))) {
                    record(event.topic(), Json.tree(event.value()));
                }
            }
        } catch (WakeupException e) {
            // closed
        } finally {
            consumer.close();
        }
    }

    /** The newest event of each kind wins: that is the run whose outcome report-service shows. */
    private void record(String topic, JsonNode event) {
        String id = event.path("documentId").asText();
        switch (topic) {
            case Topics.DOCUMENTS_RECEIVED -> keepLatest(received, id, Json.instant(event, "receivedAt"));
            case Topics.TABLES_EXTRACTED -> {
                keepLatest(extracted, id, Json.instant(event, "extractedAt"));
                pageCounts.put(id, event.path("pageCount").asInt());
            }
            case Topics.FINDINGS_PRODUCED -> keepLatest(validated, id, Json.instant(event, "validatedAt"));
            default -> throw new IllegalStateException("not subscribed to " + topic);
        }
    }

    private static void keepLatest(Map<String, Instant> stamps, String documentId, Instant at) {
        if (at != null) {
            stamps.merge(documentId, at, (known, seen) -> known.isAfter(seen) ? known : seen);
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        reader.join(Duration.ofSeconds(10).toMillis());
    }
}
