package io.ledgerlint.validate.service;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.validate.engine.ValidationEngine.RuleFailure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Prometheus meters of validate-service: validation time, findings by severity, rule failures by rule. */
@ApplicationScoped
public class ValidationMetrics {

    private final MeterRegistry registry;
    private final Timer validationTime;

    public ValidationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.validationTime = Timer.builder("ledgerlint.validation.time")
                .description("Time to run the rule catalogue over one document")
                .register(registry);
    }

    public Timer.Sample start() {
        return Timer.start(registry);
    }

    public void recordValidation(Timer.Sample sample, List<Finding> findings, List<RuleFailure> failures) {
        sample.stop(validationTime);
        findings.forEach(f -> registry.counter("ledgerlint.findings", "severity", f.severity()).increment());
        failures.forEach(f -> registry.counter("ledgerlint.rule.failures", "rule", f.ruleId()).increment());
    }

    public void recordDocumentFailure() {
        registry.counter("ledgerlint.validation.failed").increment();
    }
}
