package io.ledgerlint.contracts.events;

/** CloudEvents {@code type} attribute of each event; the JSON Schema of each lives in {@code schemas/<type>.json}. */
public final class EventTypes {
    public static final String DOCUMENT_RECEIVED = "io.ledgerlint.document.received.v1";
    public static final String TABLES_EXTRACTED = "io.ledgerlint.tables.extracted.v1";
    public static final String FINDINGS_PRODUCED = "io.ledgerlint.findings.produced.v1";
    public static final String DOCUMENT_FAILED = "io.ledgerlint.document.failed.v1";

    private EventTypes() {
    }

    /** Classpath resource of the JSON Schema describing the payload of {@code type}. */
    public static String schemaResource(String type) {
        return "/schemas/" + type + ".json";
    }
}
