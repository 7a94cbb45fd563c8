package io.ledgerlint.observability;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Drops the spans while no OTLP collector is configured. Quarkus would otherwise send them to its default endpoint,
 * localhost:4317, and log every failed attempt; the trace context still travels in the Kafka headers either way. Once
 * {@code quarkus.otel.exporter.otlp.endpoint} (or {@code .traces.endpoint}) names a collector, this bean is no longer
 * looked up and Quarkus' OTLP exporter takes the spans.
 */
@Singleton
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint",
        stringValue = SpansWithoutCollector.DEFAULT_ENDPOINT, lookupIfMissing = true)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint",
        stringValue = SpansWithoutCollector.DEFAULT_ENDPOINT, lookupIfMissing = true)
public class SpansWithoutCollector implements SpanExporter {

    /** Quarkus' default, which no collector answers on a machine without one. */
    static final String DEFAULT_ENDPOINT = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
