package io.ledgerlint.report.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.observability.DocumentLogContext;
import io.ledgerlint.observability.DocumentMetrics;
import io.ledgerlint.observability.DocumentOutcome;
import io.ledgerlint.observability.Stage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the four pipeline topics (group ledgerlint-report). Values arrive as raw JSON and are read here, so that an
 * unreadable record fails like any other processing error and goes to the channel's dead-letter topic unchanged.
 */
@ApplicationScoped
public class PipelineEventConsumer {

    private final EventRecorder recorder;
    private final ObjectMapper objectMapper;
    private final DocumentMetrics metrics;

    public PipelineEventConsumer(EventRecorder recorder, ObjectMapper objectMapper, MeterRegistry registry) {
        this.recorder = recorder;
        this.objectMapper = objectMapper;
        this.metrics = new DocumentMetrics(registry, Stage.REPORT);
    }

    @Incoming("documents-received")
    @Blocking
    @Transactional
    public void onDocumentReceived(String json) {
        DocumentReceived event = read(json, DocumentReceived.class);
        store(event.documentId(), () -> recorder.received(event));
    }

    @Incoming("tables-extracted")
    @Blocking
    @Transactional
    public void onTablesExtracted(String json) {
        TablesExtracted event = read(json, TablesExtracted.class);
        store(event.documentId(), () -> recorder.tablesExtracted(event));
    }

    @Incoming("findings-produced")
    @Blocking
    @Transactional
    public void onFindingsProduced(String json) {
        FindingsProduced event = read(json, FindingsProduced.class);
        store(event.documentId(), () -> recorder.findingsProduced(event));
    }

    @Incoming("documents-failed")
    @Blocking
    @Transactional
    public void onDocumentFailed(String json) {
        DocumentFailed event = read(json, DocumentFailed.class);
        store(event.documentId(), () -> recorder.failed(event));
    }

    /** Records one event with its documentId in the log context, timed and counted (the commit follows the handler). */
    private void store(String documentId, Runnable recording) {
        try (DocumentLogContext context = DocumentLogContext.open(documentId)) {
            Timer.Sample sample = metrics.start();
            recording.run();
            metrics.finished(sample, DocumentOutcome.STORED, null);
        }
    }

    private <T> T read(String json, Class<T> type) {
        if (json == null) {
            throw new IllegalArgumentException("record without a value");
        }
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
