package io.ledgerlint.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.ErrorCode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class DocumentMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DocumentMetrics metrics = new DocumentMetrics(registry, Stage.PARSE);

    @Test
    void countsEachOutcomeWithItsReasonAndTimesTheStage() {
        metrics.finished(metrics.start(), DocumentOutcome.EXTRACTED, null);
        metrics.finished(metrics.start(), DocumentOutcome.REJECTED, ErrorCode.NOT_PDF);
        metrics.count(DocumentOutcome.REJECTED, ErrorCode.NOT_PDF);

        assertThat(registry.get(DocumentMetrics.DOCUMENTS)
                .tags("service", "parse-service", "outcome", "extracted", "reason", "none").counter().count())
                .isEqualTo(1);
        assertThat(registry.get(DocumentMetrics.DOCUMENTS)
                .tags("service", "parse-service", "outcome", "rejected", "reason", "not-pdf").counter().count())
                .isEqualTo(2);
        assertThat(registry.get(DocumentMetrics.STAGE_TIME)
                .tags("service", "parse-service", "stage", "parse").timer().count())
                .isEqualTo(2);
    }
}
