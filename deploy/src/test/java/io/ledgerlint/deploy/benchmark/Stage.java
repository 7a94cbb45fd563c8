package io.ledgerlint.deploy.benchmark;

/** The pipeline's stages, each timed from the previous stage's end to its own, as the events record them. */
enum Stage {
    INGEST("ingest", "drop → DocumentReceived.receivedAt (inbox poll, screening, blob store)"),
    PARSE("parse", "receivedAt → TablesExtracted.extractedAt (Kafka, queueing, extraction)"),
    VALIDATE("validate", "extractedAt → FindingsProduced.validatedAt (Kafka, queueing, rules)"),
    REPORT("report", "validatedAt → report's updatedAt (Kafka, storing extraction and findings)");

    private final String label;
    private final String span;

    Stage(String label, String span) {
        this.label = label;
        this.span = span;
    }

    String label() {
        return label;
    }

    /** What the interval covers, for the table's reader. */
    String span() {
        return span;
    }
}
