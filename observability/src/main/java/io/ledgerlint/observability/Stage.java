package io.ledgerlint.observability;

/** The four stages a document passes, each run by its own service: the {@code service} and {@code stage} tags. */
public enum Stage {
    INGEST("ingest-service", "ingest"),
    PARSE("parse-service", "parse"),
    VALIDATE("validate-service", "validate"),
    REPORT("report-service", "report");

    private final String service;
    private final String tag;

    Stage(String service, String tag) {
        this.service = service;
        this.tag = tag;
    }

    public String service() {
        return service;
    }

    public String tag() {
        return tag;
    }
}
