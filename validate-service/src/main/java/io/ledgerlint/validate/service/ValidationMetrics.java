package io.ledgerlint.validate.service;

import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.observability.DocumentMetrics;
import io.ledgerlint.observability.DocumentOutcome;
import io.ledgerlint.observability.Stage;
import io.ledgerlint.validate.engine.ValidationEngine.RuleFailure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Prometheus meters of validate-service: the pipeline's document metrics (outcome, stage time), and what only this
 * stage knows: findings by severity, rule failures by rule.
 */
@ApplicationScoped
public class ValidationMetrics {

    private final MeterRegistry registry;
    private final DocumentMetrics documents;

    public ValidationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.documents = new DocumentMetrics(registry, Stage.VALIDATE);
    }

    public Timer.Sample start() {
        return documents.start();
    }

    public void recordValidation(Timer.Sample sample, List<Finding> findings, List<RuleFailure> failures) {
        documents.finished(sample, DocumentOutcome.VALIDATED, null);
        findings.forEach(f -> registry.counter("ledgerlint.findings", "severity", f.severity()).increment());
        failures.forEach(f -> registry.counter("ledgerlint.rule.failures", "rule", f.ruleId()).increment());
    }

    public void recordDocumentFailure(Timer.Sample sample, ErrorCode reason) {
        documents.finished(sample, DocumentOutcome.FAILED, reason);
    }
}
