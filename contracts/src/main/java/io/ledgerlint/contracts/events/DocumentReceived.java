package io.ledgerlint.contracts.events;

import java.time.Instant;

/**
 * A file was accepted for checking. Claim check: {@code blobUri} says where the bytes are; they never travel on Kafka.
 *
 * @param documentId       content-addressed id (derived from sha256), so the same bytes always get the same id
 * @param filename         the sender's name made safe to show (see {@code originalFilename})
 * @param source           how it came in: {@code inbox} or {@code upload}
 * @param originalFilename the name exactly as sent, characters unsafe to show written as <code>&#92;uXXXX</code> and a
 *                         backslash as {@code \\}; present only when {@code filename} differs from it, else null
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
        Instant receivedAt,
        String originalFilename) {

    public static final int SCHEMA_VERSION = 1;

    /** An event whose {@code filename} is exactly what the sender sent (no {@code originalFilename}). */
    public DocumentReceived(int schemaVersion, String documentId, String sha256, String filename, long sizeBytes,
            String mediaType, String blobUri, String source, Instant receivedAt) {
        this(schemaVersion, documentId, sha256, filename, sizeBytes, mediaType, blobUri, source, receivedAt, null);
    }
}
