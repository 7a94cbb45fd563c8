package io.ledgerlint.parse.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.domain.blob.LocalFolderBlobStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Stores files and announces them on the received topic, as ingest-service does, for the service under test. */
final class ReceivedEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Path blobRoot;
    private final ObjectMapper json;

    ReceivedEvents(String bootstrapServers, Path blobRoot, ObjectMapper json) {
        Properties config = new Properties();
        config.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        this.producer = new KafkaProducer<>(config);
        this.blobRoot = blobRoot;
        this.json = json;
    }

    /** Stores the file as ingest-service would, and announces it. */
    DocumentReceived publish(Path file, String filename) throws Exception {
        String sha256 = sha256(file);
        URI uri = new LocalFolderBlobStore(blobRoot).put(sha256, file);
        DocumentReceived event = new DocumentReceived(DocumentReceived.SCHEMA_VERSION, DocumentIds.fromSha256(sha256),
                sha256, filename, Files.size(file), "application/pdf", uri.toString(), "upload", Instant.now());
        send(Topics.DOCUMENTS_RECEIVED, event.documentId(), json.writeValueAsBytes(event));
        return event;
    }

    void send(String topic, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
