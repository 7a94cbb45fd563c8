package io.ledgerlint.report.ops.rest;

import io.ledgerlint.contracts.Topics;
import io.ledgerlint.report.ops.KafkaInspector;
import io.ledgerlint.report.ops.KafkaSnapshot;
import io.ledgerlint.report.ops.KafkaUnavailableException;
import io.ledgerlint.report.ops.OpsReport;
import io.ledgerlint.report.ops.TopicRates;
import io.ledgerlint.report.persistence.StageLatencies;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Watches the pipeline's topics for operators: samples their end offsets and the dead-letter depths on a schedule
 * (the topic rates and the {@code ledgerlint_dlq_records{topic}} gauge), and answers the full operations view on
 * request.
 */
@ApplicationScoped
@Startup // the gauges exist from the start, not from the first request
public class PipelineWatch {

    static final List<String> TOPICS = List.of(Topics.DOCUMENTS_RECEIVED, Topics.TABLES_EXTRACTED,
            Topics.FINDINGS_PRODUCED, Topics.DOCUMENTS_FAILED);
    static final List<String> DEAD_LETTER_TOPICS = TOPICS.stream().map(topic -> topic + Topics.DEAD_LETTER_SUFFIX)
            .toList();
    /** How many documents the stage latencies are computed over: the latest that made each step. */
    static final int LATENCY_DOCUMENTS = 500;

    private static final Logger LOG = Logger.getLogger(PipelineWatch.class);

    private final KafkaInspector inspector;
    private final TopicRates rates = new TopicRates(Duration.ofMinutes(1));
    private final Map<String, AtomicLong> deadLetterDepths;
    private final List<String> consumerGroups;
    private final int deadLettersShown;
    private final StageLatencies latencies;
    private final Clock clock = Clock.systemUTC();

    PipelineWatch(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "ledgerlint.ops.consumer-groups") List<String> consumerGroups,
            @ConfigProperty(name = "ledgerlint.ops.kafka-timeout") Duration kafkaTimeout,
            @ConfigProperty(name = "ledgerlint.ops.dead-letters-shown") int deadLettersShown,
            StageLatencies latencies, MeterRegistry registry) {
        this.inspector = new KafkaInspector(bootstrapServers, kafkaTimeout, clock);
        this.consumerGroups = consumerGroups;
        this.deadLettersShown = deadLettersShown;
        this.latencies = latencies;
        this.deadLetterDepths = DEAD_LETTER_TOPICS.stream()
                .collect(Collectors.toMap(Function.identity(), topic -> new AtomicLong()));
        deadLetterDepths.forEach((topic, depth) -> Gauge.builder("ledgerlint.dlq.records", depth, AtomicLong::get)
                .description("Records in the dead-letter topic (end offset - beginning offset, all partitions)")
                .tag("topic", topic)
                .register(registry));
    }

    /** Not while the application starts or stops: a sample then would outlive the watch it belongs to. */
    @Scheduled(every = "${ledgerlint.ops.sample-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sample() {
        try {
            remember(inspector.inspect(TOPICS, List.of(), DEAD_LETTER_TOPICS, 0));
        } catch (KafkaUnavailableException | KafkaException e) {
            LOG.debugf("Kafka not sampled: %s", e.getMessage());
        }
    }

    /** The operations view now; never fails for want of a broker. */
    public OpsReport report() {
        List<StageLatencies.StageLatency> stages = latencies.recent(LATENCY_DOCUMENTS);
        try {
            KafkaSnapshot snapshot = inspector.inspect(TOPICS, consumerGroups, DEAD_LETTER_TOPICS, deadLettersShown);
            remember(snapshot);
            return OpsReport.of(snapshot, rates, stages);
        } catch (KafkaUnavailableException | KafkaException e) {
            return OpsReport.kafkaUnreachable(clock.instant(), e.getMessage(), stages);
        }
    }

    private void remember(KafkaSnapshot snapshot) {
        rates.record(snapshot.at(), snapshot.topics());
        snapshot.deadLetters().forEach(dlq -> deadLetterDepths.get(dlq.topic()).set(dlq.depth()));
    }

    @PreDestroy
    void close() {
        inspector.close();
    }
}
