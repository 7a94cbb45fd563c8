package io.ledgerlint.report.ops;

/** The broker did not answer in time, or refused: the operations view shows it instead of failing. */
public final class KafkaUnavailableException extends RuntimeException {

    KafkaUnavailableException(Throwable cause) {
        super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
