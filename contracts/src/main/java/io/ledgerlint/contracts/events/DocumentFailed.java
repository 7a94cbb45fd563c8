package io.ledgerlint.contracts.events;

import java.time.Instant;

/**
 * A document reached a terminal failure. {@code status} is REJECTED when the input itself is unusable (empty,
 * not a PDF, encrypted, no text layer …) and FAILED when processing broke on an input that looked valid.
 *
 * @param stage            {@code ingest}, {@code parse} or {@code validate}
 * @param errorCode        a stable machine-readable reason: the {@link ErrorCode#code()} of one {@link ErrorCode}, e.g.
 *                         {@code empty-file}, {@code not-pdf}, {@code encrypted-pdf}
 * @param originalFilename as in {@link DocumentReceived}: the name exactly as sent, escaped, when {@code filename}
 *                         differs from it; else null
 */
public record DocumentFailed(
        int schemaVersion,
        String documentId,
        String sha256,
        String filename,
        String stage,
        DocumentStatus status,
        String errorCode,
        String message,
        Instant occurredAt,
        String originalFilename) {

    public static final int SCHEMA_VERSION = 1;

    /** An event whose {@code filename} is exactly what the sender sent (no {@code originalFilename}). */
    public DocumentFailed(int schemaVersion, String documentId, String sha256, String filename, String stage,
            DocumentStatus status, String errorCode, String message, Instant occurredAt) {
        this(schemaVersion, documentId, sha256, filename, stage, status, errorCode, message, occurredAt, null);
    }
}
