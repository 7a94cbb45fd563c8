package io.ledgerlint.report.ops;

import java.time.Instant;
import java.util.List;

/**
 * What the broker said at one moment: each pipeline topic's end offsets, each consumer group's lag per partition, and
 * each dead-letter topic's depth with its newest records.
 */
public record KafkaSnapshot(Instant at, List<TopicOffsets> topics, List<GroupLag> consumerGroups,
        List<DeadLetters> deadLetters) {

    /** A topic's end offset per partition, in partition order; {@code endOffset} is their sum. */
    public record TopicOffsets(String topic, List<PartitionOffset> partitions, long endOffset) {
    }

    public record PartitionOffset(int partition, long endOffset) {
    }

    /** A consumer group's committed offsets against the end offsets; {@code lag} is the sum of its partitions'. */
    public record GroupLag(String group, List<PartitionLag> partitions, long lag) {
    }

    public record PartitionLag(String topic, int partition, long committedOffset, long endOffset, long lag) {
    }

    /** A dead-letter topic: records in it (end − beginning, all partitions) and the newest few, newest first. */
    public record DeadLetters(String topic, long depth, List<DeadLetter> newest) {
    }

    /** One dead-lettered record: its key (the documentId, when the record had one) and SmallRye's reason header. */
    public record DeadLetter(int partition, long offset, String key, String reason, Instant timestamp) {
    }
}
