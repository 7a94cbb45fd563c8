package io.ledgerlint.report.ops;

import io.ledgerlint.report.ops.KafkaSnapshot.TopicOffsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Records per second on each topic over the last {@code window}, from samples of its end offset kept in memory: the
 * growth between the oldest sample inside the window and the newest, over the time between them. Thread-safe.
 */
public final class TopicRates {

    private record Sample(Instant at, Map<String, Long> endOffsets) {
    }

    private final Duration window;
    private final Deque<Sample> samples = new ArrayDeque<>();

    public TopicRates(Duration window) {
        this.window = window;
    }

    public synchronized void record(Instant at, List<TopicOffsets> topics) {
        Map<String, Long> endOffsets = new HashMap<>();
        topics.forEach(topic -> endOffsets.put(topic.topic(), topic.endOffset()));
        samples.addLast(new Sample(at, endOffsets));
        while (samples.size() > 2 && samples.peekFirst().at().isBefore(at.minus(window))) {
            samples.removeFirst();
        }
    }

    /** Empty until two samples of the topic, some time apart, lie within the window. */
    public synchronized OptionalDouble perSecond(String topic) {
        if (samples.isEmpty()) {
            return OptionalDouble.empty();
        }
        Sample newest = samples.peekLast();
        Instant from = newest.at().minus(window);
        Sample oldest = samples.stream()
                .filter(sample -> !sample.at().isBefore(from) && sample.endOffsets().containsKey(topic))
                .findFirst().orElse(newest);
        double seconds = Duration.between(oldest.at(), newest.at()).toMillis() / 1000.0;
        Long end = newest.endOffsets().get(topic);
        if (seconds <= 0 || end == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, end - oldest.endOffsets().get(topic)) / seconds);
    }
}
