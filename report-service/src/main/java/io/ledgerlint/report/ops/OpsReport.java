package io.ledgerlint.report.ops;

import io.ledgerlint.report.ops.KafkaSnapshot.DeadLetters;
import io.ledgerlint.report.ops.KafkaSnapshot.GroupLag;
import io.ledgerlint.report.ops.KafkaSnapshot.PartitionOffset;
import io.ledgerlint.report.persistence.StageLatencies.StageLatency;
import java.time.Instant;
import java.util.List;

/**
 * The operations view ({@code GET /api/ops}, the {@code /ops} page): the topics with their rates, the consumer groups'
 * lag, the dead-letter topics and the stage latencies. Without a broker the Kafka parts are empty and
 * {@code kafka.reachable} is false with the reason; the latencies come from the database either way.
 */
public record OpsReport(Instant at, KafkaStatus kafka, List<TopicRate> topics, List<GroupLag> consumerGroups,
        List<DeadLetters> deadLetters, List<StageLatency> stageLatencies) {

    public record KafkaStatus(boolean reachable, String error) {
    }

    /** A topic's end offsets and the records per second it received over the last minute (null until measured). */
    public record TopicRate(String topic, long endOffset, List<PartitionOffset> partitions, Double recordsPerSecond) {
    }

    public static OpsReport of(KafkaSnapshot snapshot, TopicRates rates, List<StageLatency> latencies) {
        List<TopicRate> topics = snapshot.topics().stream().map(topic -> {
            var rate = rates.perSecond(topic.topic());
            return new TopicRate(topic.topic(), topic.endOffset(), topic.partitions(),
                    rate.isPresent() ? rate.getAsDouble() : null);
        }).toList();
        return new OpsReport(snapshot.at(), new KafkaStatus(true, null), topics, snapshot.consumerGroups(),
                snapshot.deadLetters(), latencies);
    }

    public static OpsReport kafkaUnreachable(Instant at, String error, List<StageLatency> latencies) {
        return new OpsReport(at, new KafkaStatus(false, error), List.of(), List.of(), List.of(), latencies);
    }
}
