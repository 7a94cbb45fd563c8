package io.ledgerlint.deploy.manifests;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The Prometheus metric names the monitored stack exposes, which are all a dashboard may query. Each service's own
 * meters are listed by their Micrometer name (the test checks that the code registers each); the Prometheus names
 * follow from Micrometer's naming (dots to underscores, {@code _total} for counters, {@code _seconds_*} for timers).
 */
final class MetricCatalogue {

    enum Kind {
        COUNTER, TIMER_WITH_HISTOGRAM
    }

    /** A meter that ledgerlint's code registers, by its Micrometer name. */
    record Meter(String micrometerName, Kind kind) {

        Stream<String> prometheusNames() {
            String base = micrometerName.replace('.', '_');
            return switch (kind) {
                case COUNTER -> Stream.of(base + "_total");
                case TIMER_WITH_HISTOGRAM -> Stream.of(base + "_seconds_count", base + "_seconds_sum",
                        base + "_seconds_max", base + "_seconds_bucket");
            };
        }
    }

    static final List<Meter> LEDGERLINT_METERS = List.of(
            // every service alike (observability's DocumentMetrics): documents by outcome and reason, time per stage
            new Meter("ledgerlint.documents", Kind.COUNTER),
            new Meter("ledgerlint.stage", Kind.TIMER_WITH_HISTOGRAM),
            // validate-service's ValidationMetrics: findings by severity, rules that broke
            new Meter("ledgerlint.findings", Kind.COUNTER),
            new Meter("ledgerlint.rule.failures", Kind.COUNTER));

    /** Quarkus' Micrometer binders: JVM, process, HTTP server and the Kafka clients' own metrics. */
    static final List<String> FRAMEWORK = List.of(
            "jvm_memory_used_bytes", "jvm_memory_max_bytes",
            "jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum", "jvm_gc_pause_seconds_max",
            "process_cpu_usage",
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max",
            "kafka_consumer_fetch_manager_records_lag", "kafka_consumer_fetch_manager_records_lag_max");

    /** Prometheus' own series of every scrape target. */
    static final List<String> PROMETHEUS = List.of("up");

    /**
     * The Kafka exporter's (kafka-exporter in docker-compose.yml, Strimzi's kafkaExporter on Kubernetes), read from
     * the broker: consumer-group lag, and the topics' offsets that give the dead-letter topics' depth.
     */
    static final List<String> KAFKA_EXPORTER = List.of(
            "kafka_consumergroup_lag", "kafka_topic_partition_current_offset", "kafka_topic_partition_oldest_offset");

    private MetricCatalogue() {
    }

    static Set<String> prometheusNames() {
        Set<String> names = new TreeSet<>();
        LEDGERLINT_METERS.stream().flatMap(Meter::prometheusNames).forEach(names::add);
        names.addAll(FRAMEWORK);
        names.addAll(PROMETHEUS);
        names.addAll(KAFKA_EXPORTER);
        return names;
    }
}
