package io.ledgerlint.observability;

/** How a stage ended its work on one document: the {@code outcome} tag of {@link DocumentMetrics#DOCUMENTS}. */
public enum DocumentOutcome {
    /** ingest: the file was accepted and announced. */
    RECEIVED,
    /** any stage: the input is unusable (the reason says why). */
    REJECTED,
    /** parse: the tables went out. */
    EXTRACTED,
    /** validate: the findings went out. */
    VALIDATED,
    /** parse, validate: processing broke on an input that looked usable. */
    FAILED,
    /** report: the event is stored. */
    STORED;

    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
