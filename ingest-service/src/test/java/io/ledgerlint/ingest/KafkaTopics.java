package io.ledgerlint.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.testsupport.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what the service published with a plain Kafka consumer, as any downstream service would. */
public final class KafkaTopics {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KafkaTopics() {
    }

    /** The first event of {@code topic} about a file of this name; waits for it to arrive. */
    public static ConsumerRecord<String, byte[]> awaitEventFor(String bootstrapServers, String topic, String filename) {
        try (TopicReader reader = new TopicReader(bootstrapServers, topic)) {
            return reader.awaitRecord(record -> filename.equals(json(record).path("filename").asText()));
        }
    }

    public static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
