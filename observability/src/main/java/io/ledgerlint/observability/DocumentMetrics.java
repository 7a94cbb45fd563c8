package io.ledgerlint.observability;

import io.ledgerlint.contracts.events.ErrorCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The metrics every service keeps alike, so that one dashboard reads all four: documents by outcome and reason
 * ({@code ledgerlint_documents_total}) and each document's time in the stage ({@code ledgerlint_stage_seconds}, with
 * histogram buckets for percentiles). The reason is an {@link ErrorCode} or {@code none}, so the tags stay few.
 */
public final class DocumentMetrics {

    public static final String DOCUMENTS = "ledgerlint.documents";
    public static final String STAGE_TIME = "ledgerlint.stage";
    static final String NO_REASON = "none";

    private final MeterRegistry registry;
    private final Stage stage;
    private final Timer stageTime;

    public DocumentMetrics(MeterRegistry registry, Stage stage) {
        this.registry = registry;
        this.stage = stage;
        this.stageTime = Timer.builder(STAGE_TIME)
                .description("One document's work in the stage")
                .tags("service", stage.service(), "stage", stage.tag())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    /** Starts timing one document's work. */
    public Timer.Sample start() {
        return Timer.start(registry);
    }

    /** Ends the timing begun by {@link #start} and counts the outcome; {@code reason} null on success. */
    public void finished(Timer.Sample sample, DocumentOutcome outcome, ErrorCode reason) {
        sample.stop(stageTime);
        count(outcome, reason);
    }

    /** Counts a document whose work was not timed; {@code reason} null on success. */
    public void count(DocumentOutcome outcome, ErrorCode reason) {
        registry.counter(DOCUMENTS, "service", stage.service(), "outcome", outcome.tag(),
                "reason", reason == null ? NO_REASON : reason.code()).increment();
    }
}
