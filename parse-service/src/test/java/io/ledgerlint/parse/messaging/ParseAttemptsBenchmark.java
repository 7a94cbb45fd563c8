package io.ledgerlint.parse.messaging;

import io.ledgerlint.testsupport.KafkaBroker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * What counting parse attempts costs each document: {@link ParseAttempts#start} and {@link ParseAttempts#finished}
 * (a record acknowledged by the broker before parsing, a tombstone after) against a real single-node broker in this
 * JVM, one worker and then two at once (they share the counter's lock). Prints a Markdown section for
 * docs/benchmarks.md ("Parse attempts"). Run from the project root:
 * {@code ./mvnw -q -pl parse-service -am -Pattempts-benchmark process-test-classes}
 */
public final class ParseAttemptsBenchmark {

    private static final String TOPIC = "ledgerlint.parse.attempts";
    private static final int WARM_UP = 50;
    private static final int DOCUMENTS = 500;

    private ParseAttemptsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (KafkaBroker broker = KafkaBroker.start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
            }
            ParseAttempts attempts = new ParseAttempts(broker.bootstrapServers(), TOPIC);
            try {
                measure(attempts, "warm-up", 1, WARM_UP);
                List<Double> alone = measure(attempts, "one", 1, DOCUMENTS);
                List<Double> twoAtOnce = measure(attempts, "two", 2, DOCUMENTS);
                System.out.printf(Locale.ROOT, """
                        | workers at once | documents | start + finished per document: median | p90 |
                        |---|---|---|---|
                        | 1 | %d | %.1f ms | %.1f ms |
                        | 2 | %d | %.1f ms | %.1f ms |
                        %n""", alone.size(), percentile(alone, 0.5), percentile(alone, 0.9),
                        twoAtOnce.size(), percentile(twoAtOnce, 0.5), percentile(twoAtOnce, 0.9));
            } finally {
                attempts.close();
            }
        }
    }

    /** Milliseconds each document's start and finish took, with {@code workers} threads sharing the documents. */
    private static List<Double> measure(ParseAttempts attempts, String name, int workers, int documents)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<List<Double>>> parts = new ArrayList<>();
            for (int worker = 0; worker < workers; worker++) {
                int first = worker;
                parts.add(pool.submit(() -> {
                    List<Double> millis = new ArrayList<>();
                    for (int i = first; i < documents; i += workers) {
                        String documentId = "%s-%016x".formatted(name, i);
                        long start = System.nanoTime();
                        attempts.start(documentId);
                        attempts.finished(documentId);
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                    return millis;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> part : parts) {
                all.addAll(part.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static double percentile(List<Double> values, double share) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(share * (sorted.size() - 1))));
    }
}
