package io.ledgerlint.parse.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a test of the running service (a {@code @QuarkusTest} with the Kafka and blob-root test resources) works with:
 * the broker and blob root the service was given, and {@link #events} to store files and announce them to it.
 */
abstract class RunningServiceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "ledgerlint.blob.root")
    Path blobRoot;

    @Inject
    ObjectMapper json;

    @TempDir
    Path temp;

    ReceivedEvents events;

    @BeforeEach
    void connect() {
        events = new ReceivedEvents(bootstrapServers, blobRoot, json);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }
}
