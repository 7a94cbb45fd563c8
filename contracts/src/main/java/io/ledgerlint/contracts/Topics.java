package io.ledgerlint.contracts;

/** Kafka topic names: part of the public contract (see CONTRACT.md). Records are keyed by documentId. */
public final class Topics {
    public static final String DOCUMENTS_RECEIVED = "ledgerlint.documents.received";
    public static final String TABLES_EXTRACTED = "ledgerlint.tables.extracted";
    public static final String FINDINGS_PRODUCED = "ledgerlint.findings.produced";
    /** A document that reached a terminal failure (REJECTED or FAILED) at any stage. */
    public static final String DOCUMENTS_FAILED = "ledgerlint.documents.failed";
    /** Suffix of the dead-letter topic of every consumed topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
