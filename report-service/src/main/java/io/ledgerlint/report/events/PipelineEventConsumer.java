package io.ledgerlint.report.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.TablesExtracted;
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

    public PipelineEventConsumer(EventRecorder recorder, ObjectMapper objectMapper) {
        this.recorder = recorder;
        this.objectMapper = objectMapper;
    }

    @Incoming("documents-received")
    @Blocking
    @Transactional
    public void onDocumentReceived(String json) {
        recorder.received(read(json, DocumentReceived.class));
    }

    @Incoming("tables-extracted")
    @Blocking
    @Transactional
    public void onTablesExtracted(String json) {
        recorder.tablesExtracted(read(json, TablesExtracted.class));
    }

    @Incoming("findings-produced")
    @Blocking
    @Transactional
    public void onFindingsProduced(String json) {
        recorder.findingsProduced(read(json, FindingsProduced.class));
    }

    @Incoming("documents-failed")
    @Blocking
    @Transactional
    public void onDocumentFailed(String json) {
        recorder.failed(read(json, DocumentFailed.class));
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
