package io.ledgerlint.observability;

import org.jboss.logging.MDC;

/**
 * Puts the documentId into the logging context (MDC) of the current thread while a document is handled, so that
 * every log line about it carries the id (a field of its own in the JSON logs). Closing restores what was there: the
 * contexts nest, and a pooled thread keeps no id after the work.
 */
public final class DocumentLogContext implements AutoCloseable {

    public static final String DOCUMENT_ID = "documentId";

    private final Object previous;

    private DocumentLogContext(Object previous) {
        this.previous = previous;
    }

    /** Opens the context for {@code documentId} on this thread; use it in try-with-resources. */
    public static DocumentLogContext open(String documentId) {
        Object previous = MDC.get(DOCUMENT_ID);
        if (documentId == null) {
            MDC.remove(DOCUMENT_ID);
        } else {
            MDC.put(DOCUMENT_ID, documentId);
        }
        return new DocumentLogContext(previous);
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(DOCUMENT_ID);
        } else {
            MDC.put(DOCUMENT_ID, previous);
        }
    }
}
