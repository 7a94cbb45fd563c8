package io.ledgerlint.deploy.manifests;

import io.ledgerlint.deploy.Service;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;

/** A service's application.properties (the prod profile): what the manifests must agree with. */
final class ServiceConfiguration {

    private static final String KAFKA_CONNECTOR_DEFAULTS = "mp.messaging.connector.smallrye-kafka.";

    private final Service service;
    private final Properties properties;

    private ServiceConfiguration(Service service, Properties properties) {
        this.service = service;
        this.properties = properties;
    }

    static ServiceConfiguration of(Path repository, Service service) {
        Path file = repository.resolve(service.moduleName()).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return new ServiceConfiguration(service, properties);
    }

    String incomingTopic(String channel) {
        return required("mp.messaging.incoming." + channel + ".topic");
    }

    String consumerGroup(String channel) {
        return channelSetting("incoming", channel, "group.id");
    }

    String autoOffsetReset(String channel) {
        return channelSetting("incoming", channel, "auto.offset.reset");
    }

    /** The topic where parse-service counts its attempts at each document (compacted state, not an event topic). */
    String parseAttemptsTopic() {
        return required("ledgerlint.parse.attempts-topic");
    }

    /** The largest {@code max.request.size} of the service's producers; 1 MiB (Kafka's default) when none is set. */
    long largestRequestBytes() {
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("mp.messaging.outgoing.") && key.endsWith(".max.request.size"))
                .mapToLong(key -> Long.parseLong(properties.getProperty(key)))
                .max().orElse(1024 * 1024);
    }

    /** A channel's own setting, or the connector-wide default that applies to every channel. */
    private String channelSetting(String direction, String channel, String name) {
        return Optional.ofNullable(properties.getProperty("mp.messaging." + direction + "." + channel + "." + name))
                .or(() -> Optional.ofNullable(properties.getProperty(KAFKA_CONNECTOR_DEFAULTS + name)))
                .orElseThrow(() -> new NoSuchElementException(
                        service.moduleName() + " sets no " + name + " for channel " + channel));
    }

    private String required(String key) {
        return Optional.ofNullable(properties.getProperty(key)).orElseThrow(
                () -> new NoSuchElementException(service.moduleName() + " has no " + key));
    }
}
