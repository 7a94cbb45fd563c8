package io.ledgerlint.parse.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How many times each unfinished document has been started, on the compacted topic
 * {@code ledgerlint.parse.attempts-topic} (parse-service's own state, no event of the contract):
 * written (and acknowledged by the broker) before a document is parsed, forgotten with a tombstone once it has its
 * outcome. A document that takes the process down with it is redelivered after the restart, to this replica or
 * another, and finds its count there. Before answering, the reader catches up with the topic's end offsets as they
 * are at that moment, so it sees every attempt any replica recorded before; the map holds only documents in flight
 * or abandoned by a crash.
 */
@ApplicationScoped
public class ParseAttempts {

    private static final Logger LOG = Logger.getLogger(ParseAttempts.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    private final String topic;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> reader;
    private final Map<String, Integer> started = new HashMap<>();
    private List<TopicPartition> partitions = List.of();

    ParseAttempts(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "ledgerlint.parse.attempts-topic") String topic) {
        this.topic = topic;
        int timeoutMillis = (int) TIMEOUT.toMillis();
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "ledgerlint-parse-attempts",
                ProducerConfig.ACKS_CONFIG, "all",
                // every send is awaited alone: waiting for a batch to fill (5 ms by default) only delays it
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMillis,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMillis,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis / 2),
                new StringSerializer(), new StringSerializer());
        // no group: every replica reads every partition, from the beginning, committing nothing
        reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "ledgerlint-parse-attempts-reader",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis),
                new StringDeserializer(), new StringDeserializer());
    }

    /** Records that parsing {@code documentId} starts; which attempt this is, from 1. */
    public synchronized int start(String documentId) {
        catchUp();
        int attempt = started.getOrDefault(documentId, 0) + 1;
        send(documentId, Integer.toString(attempt));
        started.put(documentId, attempt);
        return attempt;
    }

    /** The document has its outcome: its count is dropped. Best effort: a count left behind only costs an attempt. */
    public synchronized void finished(String documentId) {
        started.remove(documentId);
        try {
            send(documentId, null);
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not forget the parse attempts of %s", documentId);
        }
    }

    private void send(String documentId, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, documentId, value))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording a parse attempt", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not record a parse attempt on " + topic, e);
        }
    }

    /** Reads the topic up to the end offsets it has now. */
    private void catchUp() {
        if (partitions.isEmpty()) {
            partitions = reader.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
        }
        Map<TopicPartition, Long> ends = reader.endOffsets(partitions, TIMEOUT);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (ends.entrySet().stream().anyMatch(end -> reader.position(end.getKey(), TIMEOUT) < end.getValue())) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("could not read " + topic + " in " + TIMEOUT);
            }
            for (ConsumerRecord<String, String> record : reader.poll(POLL)) {
                if (record.value() == null) {
                    started.remove(record.key());
                } else {
                    started.put(record.key(), Integer.parseInt(record.value()));
                }
            }
        }
    }

    @PreDestroy
    void close() {
        producer.close(TIMEOUT);
        reader.close(TIMEOUT);
    }
}
