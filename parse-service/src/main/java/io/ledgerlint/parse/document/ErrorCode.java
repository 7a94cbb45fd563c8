package io.ledgerlint.parse.document;

/** Why a document cannot be parsed: the stable {@code errorCode} values of ARCHITECTURE.md. */
public enum ErrorCode {
    EMPTY_FILE("empty-file"),
    TOO_LARGE("too-large"),
    NOT_PDF("not-pdf"),
    UNREADABLE_PDF("unreadable-pdf"),
    ENCRYPTED_PDF("encrypted-pdf"),
    NO_TEXT_LAYER("no-text-layer"),
    GARBLED_TEXT("garbled-text"),
    TOO_MANY_PAGES("too-many-pages"),
    /** Structures (the page tree, say) nested deeper than the parser's stack can follow. */
    TOO_DEEP("too-deep");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
