package io.ledgerlint.report.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KafkaInspectorTest {

    @Test
    void aBrokerThatDoesNotAnswerIsReportedWithinTheTimeout() {
        Instant start = Instant.now();
        // port 1 on this machine: nothing listens there
        try (KafkaInspector inspector = new KafkaInspector("127.0.0.1:1", Duration.ofSeconds(1), Clock.systemUTC())) {
            assertThatThrownBy(() -> inspector.inspect(List.of("t"), List.of("g"), List.of("t.dlq"), 5))
                    .isInstanceOf(KafkaUnavailableException.class);
        }
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }
}
