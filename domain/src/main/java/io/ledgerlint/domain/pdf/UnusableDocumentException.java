package io.ledgerlint.domain.pdf;

import io.ledgerlint.contracts.events.ErrorCode;

/**
 * The input itself cannot be used (as opposed to a bug or an outage while processing it): the code the document is
 * rejected with, and the reason in English.
 */
public final class UnusableDocumentException extends Exception {

    private final ErrorCode errorCode;

    public UnusableDocumentException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public UnusableDocumentException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }
}
