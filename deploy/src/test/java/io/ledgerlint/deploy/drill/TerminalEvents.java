package io.ledgerlint.deploy.drill;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.deploy.batch.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every terminal event the pipeline published, read from the topics' beginning to their current end without a consumer
 * group, as a downstream consumer would: the findings events and the failure events, counted per document.
 *
 * @param findingsEvents  per document, how many findings events it got (more than one: delivered again after a crash)
 * @param findingsCounts  per document, the number of findings in each of its findings events, in topic order
 * @param failedEvents    per document, how many failure events it got
 */
record TerminalEvents(Map<String, Integer> findingsEvents, Map<String, List<Integer>> findingsCounts,
        Map<String, Integer> failedEvents) {

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    static TerminalEvents read(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024));
        Map<String, Integer> findingsEvents = new HashMap<>();
        Map<String, List<Integer>> findingsCounts = new HashMap<>();
        Map<String, Integer> failedEvents = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = List.of(Topics.FINDINGS_PRODUCED, Topics.DOCUMENTS_FAILED).stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(partition -> new TopicPartition(topic, partition.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant giveUp = Instant.now().plus(READ_TIMEOUT);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("could not read the terminal events within " + READ_TIMEOUT);
                }
                for (ConsumerRecord<String, String> event : consumer.poll(Duration.ofMillis(500))) {
                    if (event.topic().equals(Topics.FINDINGS_PRODUCED)) {
                        JsonNode findings = Json.tree(event.value()).path("findings");
                        findingsEvents.merge(event.key(), 1, Integer::sum);
                        findingsCounts.computeIfAbsent(event.key(), key -> new ArrayList<>())
                                .add(findings.size());
                    } else {
                        failedEvents.merge(event.key(), 1, Integer::sum);
                    }
                }
            }
        }
        return new TerminalEvents(findingsEvents, findingsCounts, failedEvents);
    }

    /** Whether the document got both a findings event and a failure event: two terminal states. */
    boolean contradicts(String documentId) {
        return findingsEvents.containsKey(documentId) && failedEvents.containsKey(documentId);
    }

    /** Whether its terminal event was published more than once (at-least-once delivery after a crash). */
    boolean deliveredAgain(String documentId) {
        return findingsEvents.getOrDefault(documentId, 0) + failedEvents.getOrDefault(documentId, 0) > 1;
    }
}
