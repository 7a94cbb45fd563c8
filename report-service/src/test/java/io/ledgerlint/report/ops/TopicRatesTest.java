package io.ledgerlint.report.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.report.ops.KafkaSnapshot.TopicOffsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicRatesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final TopicRates rates = new TopicRates(Duration.ofMinutes(1));

    @Test
    void isTheGrowthOverTheWindowPerSecond() {
        assertThat(rates.perSecond("t")).isEmpty();
        rates.record(T0, List.of(offsets(100)));
        assertThat(rates.perSecond("t")).isEmpty();
        rates.record(T0.plusSeconds(10), List.of(offsets(130)));
        assertThat(rates.perSecond("t")).hasValue(3.0);
    }

    @Test
    void forgetsSamplesOlderThanTheWindow() {
        rates.record(T0, List.of(offsets(0)));
        rates.record(T0.plusSeconds(50), List.of(offsets(1000)));
        rates.record(T0.plusSeconds(100), List.of(offsets(1000)));
        // only the samples at 50 s and 100 s lie in the last minute: nothing arrived between them
        assertThat(rates.perSecond("t")).hasValue(0.0);
        assertThat(rates.perSecond("unknown")).isEmpty();
    }

    private static TopicOffsets offsets(long end) {
        return new TopicOffsets("t", List.of(), end);
    }
}
