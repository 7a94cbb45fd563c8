package io.ledgerlint.deploy;

import io.ledgerlint.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/** A single-node Apache Kafka broker (KRaft, broker and controller in one process) run from Kafka's own jars. */
final class LocalKafka {

    static final int PARTITIONS = 2;
    /** Matches the producers' {@code max.request.size}: extractions of long documents are large. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private static final String CONFIG_FILE = "kafka-server.properties";
    private static final String ADVERTISED = "advertised.listeners=PLAINTEXT://";
    private static final long CLEANER_DEDUPE_BUFFER_BYTES = 16L * 1024 * 1024;
    private static final List<String> EVENT_TOPICS = List.of(Topics.DOCUMENTS_RECEIVED, Topics.TABLES_EXTRACTED,
            Topics.FINDINGS_PRODUCED, Topics.DOCUMENTS_FAILED);

    private final ChildProcess process;
    private final String bootstrapServers;

    private LocalKafka(ChildProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Kept as the newest record per key: parse-service's attempt counts (its {@code ledgerlint.parse.attempts-topic};
     * no event topic, so not in {@link Topics}).
     */
    private static final List<String> COMPACTED_TOPICS = List.of("ledgerlint.parse.attempts");

    static List<String> topics() {
        List<String> topics = new ArrayList<>(EVENT_TOPICS);
        EVENT_TOPICS.forEach(topic -> topics.add(topic + Topics.DEAD_LETTER_SUFFIX));
        topics.addAll(COMPACTED_TOPICS);
        return topics;
    }

    /** Formats the log directory on the first run, then starts the broker (not yet waiting for it). */
    static LocalKafka start(Path projectHome, Path dataDirectory, int port, int controllerPort, Path logFile,
            RunDirectory runDirectory) {
        Path logDirectory = dataDirectory.resolve("kafka");
        Path config = runDirectory.directory().resolve(CONFIG_FILE);
        writeConfig(config, logDirectory, port, controllerPort);
        List<String> java = List.of(Launcher.javaExecutable(), "-Xmx256m", "-cp", classpath(projectHome));
        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            List<String> format = new ArrayList<>(java);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone",
                    "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()));
            ChildProcess.start("kafka-format", format, Map.of(), dataDirectory, logFile, runDirectory)
                    .awaitSuccess(Duration.ofMinutes(1));
        }
        List<String> broker = new ArrayList<>(java);
        broker.addAll(List.of("kafka.Kafka", config.toString()));
        ChildProcess process = ChildProcess.start("kafka", broker, Map.of(), dataDirectory, logFile, runDirectory);
        return new LocalKafka(process, "127.0.0.1:" + port);
    }

    /** Kafka's jars, plus the launcher's own (kafka-clients, compression codecs, the slf4j binding) which it shares. */
    private static String classpath(Path projectHome) {
        Path target = projectHome.resolve("deploy/target");
        Path kafkaLib = target.resolve("kafka-lib");
        if (!Files.isDirectory(kafkaLib)) {
            throw new IllegalStateException("Kafka's jars are missing in " + kafkaLib + ": run ./mvnw -pl deploy package");
        }
        return kafkaLib.resolve("*") + java.io.File.pathSeparator + target.resolve("lib").resolve("*");
    }

    private static void writeConfig(Path config, Path logDirectory, int port, int controllerPort) {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                ADVERTISED + "127.0.0.1:" + port,
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "log.dirs=" + logDirectory,
                "num.partitions=" + PARTITIONS,
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "message.max.bytes=" + MAX_MESSAGE_BYTES,
                // a single local consumer per group: no reason to wait for others to join
                "group.initial.rebalance.delay.ms=0",
                // the log cleaner takes its dedupe buffer (128 MiB by default) in one piece at start, which in a
                // 256 MiB heap failed now and then with OutOfMemoryError; the local compacted topics are tiny
                "log.cleaner.dedupe.buffer.size=" + CLEANER_DEDUPE_BUFFER_BYTES,
                "");
        try {
            Files.writeString(config, properties);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + config, e);
        }
    }

    /** The broker a local run in {@code runDirectory} started (or last started): its {@code host:port}. */
    static Optional<String> advertisedBy(Path runDirectory) {
        Path config = runDirectory.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(config)) {
            return lines.filter(line -> line.startsWith(ADVERTISED))
                    .map(line -> line.substring(ADVERTISED.length()).strip())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + config, e);
        }
    }

    /** Waits until the broker answers, then creates the event topics, their dead-letter topics and the state topics. */
    void awaitReadyAndCreateTopics(Instant deadline) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            awaitBroker(admin, deadline);
            for (String topic : topics()) {
                createIfMissing(admin, topic);
            }
        }
    }

    private void awaitBroker(Admin admin, Instant deadline) {
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with code " + process.exitValue() + "\n"
                        + process.logTail());
            }
            try {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Kafka was not ready in time\n" + process.logTail(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
    }

    private static void createIfMissing(Admin admin, String topic) {
        try {
            NewTopic newTopic = new NewTopic(topic, PARTITIONS, (short) 1);
            if (COMPACTED_TOPICS.contains(topic)) {
                newTopic.configs(Map.of("cleanup.policy", "compact"));
            }
            admin.createTopics(List.of(newTopic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create the topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topic " + topic, e);
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    ChildProcess process() {
        return process;
    }
}
