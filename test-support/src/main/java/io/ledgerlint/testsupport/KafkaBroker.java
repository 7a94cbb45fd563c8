package io.ledgerlint.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.testcontainers.kafka.KafkaContainer;

/** A real single-node Apache Kafka broker in KRaft mode: in this JVM, or in a container where Docker exists. */
public final class KafkaBroker implements AutoCloseable {

    private static final String IMAGE = "apache/kafka:4.2.0";

    private final KafkaClusterTestKit cluster;
    private final KafkaContainer container;
    private final String bootstrapServers;

    private KafkaBroker(KafkaClusterTestKit cluster, KafkaContainer container, String bootstrapServers) {
        this.cluster = cluster;
        this.container = container;
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaBroker start() {
        if (Infrastructure.useContainers()) {
            KafkaContainer container = new KafkaContainer(IMAGE);
            container.start();
            return new KafkaBroker(null, container, container.getBootstrapServers());
        }
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("num.partitions", "2")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new KafkaBroker(cluster, null, cluster.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("could not start an embedded Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        try {
            if (cluster != null) {
                cluster.close();
            }
            if (container != null) {
                container.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the Kafka broker", e);
        }
    }
}
