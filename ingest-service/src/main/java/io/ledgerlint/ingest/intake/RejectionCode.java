package io.ledgerlint.ingest.intake;

/** Why ingest refuses a file; {@link #code()} is the stable error code of ARCHITECTURE.md. */
public enum RejectionCode {
    EMPTY_FILE("empty-file"),
    TOO_LARGE("too-large"),
    NOT_PDF("not-pdf"),
    UNREADABLE_PDF("unreadable-pdf"),
    ENCRYPTED_PDF("encrypted-pdf"),
    /** Its structure nests deeper than a reader can follow without exhausting its stack. */
    TOO_DEEP("too-deep"),
    /** A page tree listing more pages than the parser accepts (parse-service's own code for the same limit). */
    TOO_MANY_PAGES("too-many-pages"),
    /** Reading it needed more memory than the service has. */
    TOO_COMPLEX("too-complex"),
    /** It came in a multipart form too broken to take a file out of. */
    MALFORMED_FORM("malformed-form");

    private final String code;

    RejectionCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
