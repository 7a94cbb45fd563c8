package io.ledgerlint.report.api;

import io.ledgerlint.report.persistence.DocumentRecord;

/** The human-readable reason of a FAILED or REJECTED document, e.g. "not-pdf: the file does not start with %PDF-". */
public final class FailureReason {

    private FailureReason() {
    }

    /** Null when the document has no error. */
    public static String of(DocumentRecord document) {
        if (document.errorCode == null) {
            return null;
        }
        return document.errorMessage == null || document.errorMessage.isBlank() ? document.errorCode
                : document.errorCode + ": " + document.errorMessage;
    }
}
