package io.ledgerlint.deploy;

import io.ledgerlint.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./ledgerlint replay <topic>.dlq}: sends the records of a dead-letter topic back to the topic they came from,
 * once the cause is fixed. Key, value and headers travel unchanged, except the dead-letter headers, which are replaced
 * by {@value #REPLAYED_FROM} naming where the record was; the consumers are idempotent, so a record that was in fact
 * handled changes nothing. The position is kept in the consumer group {@value #GROUP}: a second replay sends only what
 * arrived in the dead-letter topic since the first, and a record that fails again lands there again, to be replayed
 * again only on request. Every consumer group of a topic puts the records it could not handle into the same dead-letter
 * topic, so one poison record is there once per group: it is sent back once (by SmallRye's {@code dead-letter-topic},
 * {@code -partition} and {@code -offset} headers), and each group then receives it again.
 */
final class DeadLetterReplay {

    static final String GROUP = "ledgerlint-replay";
    static final String REPLAYED_FROM = "ledgerlint-replayed-from";

    private static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private DeadLetterReplay() {
    }

    /**
     * @param replayed         records sent back
     * @param sameRecordAgain  skipped: the same original record, put there by another consumer group
     */
    record Outcome(int replayed, int sameRecordAgain) {
    }

    static Outcome replay(String bootstrapServers, String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(Topics.DEAD_LETTER_SUFFIX)
                || deadLetterTopic.length() == Topics.DEAD_LETTER_SUFFIX.length()) {
            throw new IllegalArgumentException("not a dead-letter topic (<topic>" + Topics.DEAD_LETTER_SUFFIX + "): "
                    + deadLetterTopic);
        }
        String origin = deadLetterTopic.substring(0, deadLetterTopic.length() - Topics.DEAD_LETTER_SUFFIX.length());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(bootstrapServers),
                        new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30)).stream()
                    .map(partition -> new TopicPartition(deadLetterTopic, partition.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new IllegalArgumentException("no such topic: " + deadLetterTopic);
            }
            consumer.assign(partitions);
            // what is there now: records that fail again while this runs come after, for a later replay
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            Set<String> origins = new HashSet<>();
            int replayed = 0;
            int sameRecordAgain = 0;
            Instant giveUp = Instant.now().plus(READ_TIMEOUT);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("could not read " + deadLetterTopic + " within " + READ_TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(partition)) {
                        continue;
                    }
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    if (!origins.add(originOf(record))) {
                        sameRecordAgain++;
                        continue;
                    }
                    producer.send(new ProducerRecord<>(origin, null, record.key(), record.value(), replayHeaders(record)));
                    replayed++;
                }
                // sent before the position is committed: a crash in between replays a record twice, never loses one
                producer.flush();
                consumer.commitSync(done);
            }
            return new Outcome(replayed, sameRecordAgain);
        }
    }

    /** Where the record was before it failed; without SmallRye's headers, where it is in the dead-letter topic. */
    private static String originOf(ConsumerRecord<byte[], byte[]> record) {
        String topic = header(record, "dead-letter-topic");
        String partition = header(record, "dead-letter-partition");
        String offset = header(record, "dead-letter-offset");
        if (topic == null || partition == null || offset == null) {
            return record.topic() + "/" + record.partition() + "@" + record.offset();
        }
        return topic + "/" + partition + "@" + offset;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static RecordHeaders replayHeaders(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX) && !header.key().equals(REPLAYED_FROM)) {
                headers.add(header);
            }
        }
        String from = record.topic() + "/" + record.partition() + "@" + record.offset();
        headers.add(REPLAYED_FROM, from.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static Properties consumerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(LocalKafka.MAX_MESSAGE_BYTES));
        return config;
    }

    private static Properties producerConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(LocalKafka.MAX_MESSAGE_BYTES));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        return config;
    }
}
