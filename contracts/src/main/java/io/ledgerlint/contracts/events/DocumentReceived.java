package io.ledgerlint.contracts.events;

import java.time.Instant;

/**
 * A file was accepted for checking. Claim check: {@code blobUri} says where the bytes are; they never travel on Kafka.
 *
 * @param documentId content-addressed id (derived from sha256), so the same bytes always get the same id
 * @param source     how it came in: {@code inbox} or {@code upload}
 */
public record DocumentReceived(
        int schemaVersion,
        String documentId,
        String sha256,
        String filename,
        long sizeBytes,
        String mediaType,
        String blobUri,
        String source,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;
}
