package io.ledgerlint.ingest.intake;

/** Why ingest refuses a file; {@link #code()} is the stable error code of ARCHITECTURE.md. */
public enum RejectionCode {
    EMPTY_FILE("empty-file"),
    TOO_LARGE("too-large"),
    NOT_PDF("not-pdf"),
    UNREADABLE_PDF("unreadable-pdf"),
    ENCRYPTED_PDF("encrypted-pdf");

    private final String code;

    RejectionCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
