package io.ledgerlint.ingest.publish;

/** Kafka did not acknowledge a document's event: the caller must keep the file (or the client must retry). */
public class PublishFailedException extends RuntimeException {

    PublishFailedException(String documentId, Throwable cause) {
        super("Kafka did not acknowledge the event of document " + documentId + ": " + cause.getMessage(), cause);
    }
}
