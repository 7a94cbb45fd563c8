package io.ledgerlint.ingest.intake;

/** How a file came in; its wire name goes into {@code DocumentReceived.source}. */
public enum Source {
    INBOX("inbox"),
    UPLOAD("upload");

    private final String wireName;

    Source(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
