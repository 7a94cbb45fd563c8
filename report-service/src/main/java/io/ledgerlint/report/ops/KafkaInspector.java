package io.ledgerlint.report.ops;

import io.ledgerlint.report.ops.KafkaSnapshot.DeadLetter;
import io.ledgerlint.report.ops.KafkaSnapshot.DeadLetters;
import io.ledgerlint.report.ops.KafkaSnapshot.GroupLag;
import io.ledgerlint.report.ops.KafkaSnapshot.PartitionLag;
import io.ledgerlint.report.ops.KafkaSnapshot.PartitionOffset;
import io.ledgerlint.report.ops.KafkaSnapshot.TopicOffsets;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Looks at the pipeline's topics as an operator would: end offsets, consumer group lag and dead-letter topics, through
 * Kafka's Admin client and, for the newest dead letters, a short-lived consumer assigned to their last offsets (no
 * group, nothing committed). Every call is bounded by {@code timeout}; an unreachable broker is a
 * {@link KafkaUnavailableException}, never a hang.
 */
public final class KafkaInspector implements AutoCloseable {

    /** SmallRye's header on a dead-lettered record: why it could not be processed. */
    static final String DEAD_LETTER_REASON = "dead-letter-reason";

    private final String bootstrapServers;
    private final Duration timeout;
    private final Clock clock;
    private final Admin admin;

    public KafkaInspector(String bootstrapServers, Duration timeout, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
        this.clock = clock;
        int millis = (int) timeout.toMillis();
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "ledgerlint-report-ops",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis));
    }

    /** The end offsets of {@code topics}; a topic that does not exist yet has none. */
    public List<TopicOffsets> endOffsets(List<String> topics) {
        Map<String, List<TopicPartition>> partitions = partitionsOf(topics);
        Map<TopicPartition, Long> ends = offsets(all(partitions), OffsetSpec.latest());
        return topicOffsets(topics, partitions, ends);
    }

    /**
     * Everything at once: the end offsets of {@code topics}, the lag of each of {@code groups}, and the depth and the
     * {@code newestPerDeadLetterTopic} newest records of each of {@code deadLetterTopics}.
     */
    public KafkaSnapshot inspect(List<String> topics, List<String> groups, List<String> deadLetterTopics,
            int newestPerDeadLetterTopic) {
        List<String> everyTopic = new ArrayList<>(topics);
        everyTopic.addAll(deadLetterTopics);
        Map<String, List<TopicPartition>> partitions = partitionsOf(everyTopic);
        Map<TopicPartition, Long> ends = new HashMap<>(offsets(all(partitions), OffsetSpec.latest()));
        List<GroupLag> lags = new ArrayList<>();
        for (String group : groups) {
            lags.add(lagOf(group, ends));
        }
        List<DeadLetters> deadLetters = new ArrayList<>();
        for (String topic : deadLetterTopics) {
            deadLetters.add(deadLettersOf(topic, partitions.getOrDefault(topic, List.of()), ends,
                    newestPerDeadLetterTopic));
        }
        return new KafkaSnapshot(clock.instant(), topicOffsets(topics, partitions, ends), lags, deadLetters);
    }

    private GroupLag lagOf(String group, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, OffsetAndMetadata> committed = await(
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        List<TopicPartition> unknown = committed.keySet().stream().filter(p -> !ends.containsKey(p)).toList();
        ends.putAll(offsets(unknown, OffsetSpec.latest()));
        List<PartitionLag> partitions = committed.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> {
                    long end = ends.get(entry.getKey());
                    long offset = entry.getValue().offset();
                    return new PartitionLag(entry.getKey().topic(), entry.getKey().partition(), offset, end,
                            Math.max(0, end - offset));
                })
                .sorted(Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition))
                .toList();
        return new GroupLag(group, partitions, partitions.stream().mapToLong(PartitionLag::lag).sum());
    }

    private DeadLetters deadLettersOf(String topic, List<TopicPartition> partitions, Map<TopicPartition, Long> ends,
            int newest) {
        if (partitions.isEmpty()) {
            return new DeadLetters(topic, 0, List.of());
        }
        Map<TopicPartition, Long> beginnings = offsets(partitions, OffsetSpec.earliest());
        long depth = partitions.stream().mapToLong(p -> ends.get(p) - beginnings.get(p)).sum();
        return new DeadLetters(topic, depth,
                depth == 0 || newest == 0 ? List.of() : newestRecords(partitions, beginnings, ends, newest));
    }

    /** Reads at most {@code newest} records from the end of each partition and keeps the newest overall. */
    private List<DeadLetter> newestRecords(List<TopicPartition> partitions, Map<TopicPartition, Long> beginnings,
            Map<TopicPartition, Long> ends, int newest) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "ledgerlint-report-ops-dlq",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.max(1, newest * partitions.size()),
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        List<DeadLetter> read = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> pending = partitions.stream().filter(p -> ends.get(p) > beginnings.get(p)).toList();
            consumer.assign(pending);
            for (TopicPartition partition : pending) {
                consumer.seek(partition, Math.max(beginnings.get(partition), ends.get(partition) - newest));
            }
            Instant deadline = clock.instant().plus(timeout);
            while (!pending.isEmpty() && clock.instant().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    read.add(new DeadLetter(record.partition(), record.offset(), record.key(),
                            header(record, DEAD_LETTER_REASON), Instant.ofEpochMilli(record.timestamp())));
                }
                pending = pending.stream().filter(p -> consumer.position(p) < ends.get(p)).toList();
            }
        }
        return read.stream()
                .sorted(Comparator.comparing(DeadLetter::timestamp).thenComparingLong(DeadLetter::offset).reversed())
                .limit(newest)
                .toList();
    }

    private Map<String, List<TopicPartition>> partitionsOf(List<String> topics) {
        Set<String> existing = await(admin.listTopics().names());
        List<String> present = topics.stream().filter(existing::contains).distinct().toList();
        if (present.isEmpty()) {
            return Map.of();
        }
        Map<String, TopicDescription> descriptions = await(admin.describeTopics(present).allTopicNames());
        return descriptions.values().stream().collect(Collectors.toMap(TopicDescription::name,
                description -> description.partitions().stream()
                        .map(info -> new TopicPartition(description.name(), info.partition()))
                        .sorted(Comparator.comparingInt(TopicPartition::partition))
                        .toList()));
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> spec, (a, b) -> a));
        Map<TopicPartition, ListOffsetsResultInfo> answer = await(admin.listOffsets(request).all());
        return answer.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static List<TopicOffsets> topicOffsets(List<String> topics, Map<String, List<TopicPartition>> partitions,
            Map<TopicPartition, Long> ends) {
        return topics.stream().map(topic -> {
            List<PartitionOffset> offsets = partitions.getOrDefault(topic, List.of()).stream()
                    .map(p -> new PartitionOffset(p.partition(), ends.get(p)))
                    .toList();
            return new TopicOffsets(topic, offsets, offsets.stream().mapToLong(PartitionOffset::endOffset).sum());
        }).toList();
    }

    private static List<TopicPartition> all(Map<String, List<TopicPartition>> partitions) {
        return partitions.values().stream().flatMap(List::stream).toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private <T> T await(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailableException(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException(e);
        }
    }

    @Override
    public void close() {
        admin.close(timeout);
    }
}
