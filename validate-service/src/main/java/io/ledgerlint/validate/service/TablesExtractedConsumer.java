package io.ledgerlint.validate.service;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.observability.DocumentLogContext;
import io.ledgerlint.validate.engine.ValidationEngine;
import io.ledgerlint.validate.engine.ValidationEngine.RuleFailure;
import io.ledgerlint.validate.engine.ValidationEngine.ValidationResult;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Validates every {@link TablesExtracted} and publishes its {@link FindingsProduced}, keyed by documentId. A record
 * without a documentId is poison and goes to the dead-letter topic; an unexpected error while validating a
 * well-formed record ends the document as {@link DocumentFailed} ({@code validate-failed}), and running the service out
 * of memory ends it FAILED {@code resource-limit}: the consumer goes on either way. A single rule that throws is
 * logged and counted, and the document is still published with the other rules' findings.
 */
@ApplicationScoped
public class TablesExtractedConsumer {

    private static final Logger LOG = Logger.getLogger(TablesExtractedConsumer.class);
    static final String STAGE = "validate";

    private final ValidationEngine engine;
    private final ValidationMetrics metrics;
    private final Emitter<Record<String, FindingsProduced>> findings;
    private final Emitter<Record<String, DocumentFailed>> failures;
    private final Clock clock;

    public TablesExtractedConsumer(ValidationEngine engine, ValidationMetrics metrics,
                                   @Channel("findings-produced") Emitter<Record<String, FindingsProduced>> findings,
                                   @Channel("documents-failed") Emitter<Record<String, DocumentFailed>> failures) {
        this.engine = engine;
        this.metrics = metrics;
        this.findings = findings;
        this.failures = failures;
        this.clock = Clock.systemUTC();
    }

    @Incoming("tables-extracted")
    @Blocking
    public void validate(TablesExtracted document) {
        if (document == null || document.documentId() == null || document.documentId().isBlank()) {
            throw new IllegalArgumentException("not a TablesExtracted with a documentId (undeserialisable or incomplete)");
        }
        try (DocumentLogContext context = DocumentLogContext.open(document.documentId())) {
            announce(document);
        }
    }

    private void announce(TablesExtracted document) {
        ValidationResult result;
        Timer.Sample sample = metrics.start();
        try {
            result = engine.validate(document);
        } catch (RuntimeException e) {
            LOG.errorf(e, "validation of document %s failed", document.documentId());
            fail(document, sample, ErrorCode.VALIDATE_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        } catch (OutOfMemoryError e) {
            // The document's size, not the service's state: what the rules built for it is garbage now. A second
            // one while reporting it propagates, and the record goes to the dead-letter topic.
            LOG.errorf(e, "document %s ran the service out of memory", document.documentId());
            fail(document, sample, ErrorCode.RESOURCE_LIMIT,
                    "validating the document ran the service out of memory (" + e + ")");
            return;
        }
        for (RuleFailure failure : result.failures()) {
            LOG.errorf(failure.error(), "rule %s failed on document %s", failure.ruleId(), document.documentId());
        }
        FindingsProduced produced = new FindingsProduced(FindingsProduced.SCHEMA_VERSION, document.documentId(),
                document.sha256(), engine.catalogue().version(), result.findings(), clock.instant());
        findings.send(Record.of(document.documentId(), produced)).toCompletableFuture().join();
        metrics.recordValidation(sample, result.findings(), result.failures());
    }

    private void fail(TablesExtracted document, Timer.Sample sample, ErrorCode code, String message) {
        DocumentFailed failed = new DocumentFailed(DocumentFailed.SCHEMA_VERSION, document.documentId(),
                document.sha256(), document.filename(), STAGE, DocumentStatus.FAILED, code.code(), message,
                clock.instant());
        failures.send(Record.of(document.documentId(), failed)).toCompletableFuture().join();
        metrics.recordDocumentFailure(sample, code);
    }
}
