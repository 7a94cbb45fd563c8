package io.ledgerlint.testsupport;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of the real broker from the beginning with a plain Kafka consumer, as any other service would. */
public final class TopicReader implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, byte[]>> seen = new CopyOnWriteArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        consumer = new KafkaConsumer<>(config);
        this.topic = topic;
    }

    /** Polls until a record with {@code key} arrived and returns it. */
    public ConsumerRecord<String, byte[]> awaitKey(String key) {
        return awaitRecord(record -> key.equals(record.key()));
    }

    /** Polls until a record that matches arrived (reading the topic from its beginning) and returns the first. */
    public ConsumerRecord<String, byte[]> awaitRecord(Predicate<ConsumerRecord<String, byte[]>> match) {
        return await().atMost(WAIT).until(() -> {
            if (consumer.assignment().isEmpty()) {
                assignAllPartitions();
                return null;
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(match).findFirst().orElse(null);
        }, record -> record != null);
    }

    /** Polls once more (reading the topic from its beginning) and counts the records with {@code key} seen so far. */
    public long count(String key) {
        return withKey(key).size();
    }

    /** Polls once more (reading the topic from its beginning) and returns the records with {@code key} seen so far. */
    public List<ConsumerRecord<String, byte[]>> withKey(String key) {
        if (consumer.assignment().isEmpty()) {
            assignAllPartitions();
        }
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return seen.stream().filter(record -> key.equals(record.key())).toList();
    }

    /**
     * Assigned rather than subscribed: no consumer group, so no wait for a rebalance. The topic may not exist yet
     * (a dead-letter topic appears with its first record), in which case this is tried again on the next poll.
     */
    private void assignAllPartitions() {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** A header's value as text (CloudEvents attributes in binary mode), null when absent. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
