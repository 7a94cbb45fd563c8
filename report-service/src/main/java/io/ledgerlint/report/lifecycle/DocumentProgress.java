package io.ledgerlint.report.lifecycle;

import io.ledgerlint.contracts.events.DocumentStatus;
import java.time.Instant;

/**
 * Where a document stands, and the rules that move it. Events arrive at least once and in any order across topics,
 * so applying an event must be idempotent and must never move the status backwards:
 * <ul>
 *   <li>RECEIVED &lt; PARSED &lt; VALIDATED: a success event only ever raises the status;</li>
 *   <li>FAILED and REJECTED are terminal: later success events leave them alone;</li>
 *   <li>a failure never overrides VALIDATED (that run succeeded), nor a re-submission received after it;</li>
 *   <li>a DocumentReceived newer than the failure is a re-submission and starts over at RECEIVED.</li>
 * </ul>
 *
 * @param status      null for a document no event has been applied to yet
 * @param submittedAt the newest DocumentReceived time seen (null if none yet)
 * @param failedAt    the time of the failure that set a FAILED/REJECTED status (null otherwise)
 */
public record DocumentProgress(DocumentStatus status, Instant submittedAt, Instant failedAt) {

    public static final DocumentProgress UNKNOWN = new DocumentProgress(null, null, null);

    public DocumentProgress {
        if (isFailure(status) != (failedAt != null)) {
            throw new IllegalArgumentException("failedAt must be set exactly when the status is a failure");
        }
    }

    public static boolean isFailure(DocumentStatus status) {
        return status == DocumentStatus.FAILED || status == DocumentStatus.REJECTED;
    }

    /** The progress after {@code event}; equal to this one when the event changes nothing (e.g. redelivery). */
    public DocumentProgress apply(StatusEvent event) {
        if (event.status() == DocumentStatus.RECEIVED) {
            return afterSubmission(event.at());
        }
        if (event.isFailure()) {
            return afterFailure(event);
        }
        if (status == null || (!isFailure(status) && rank(event.status()) > rank(status))) {
            return new DocumentProgress(event.status(), submittedAt, null);
        }
        return this;
    }

    private DocumentProgress afterSubmission(Instant at) {
        Instant newestSubmission = submittedAt == null || at.isAfter(submittedAt) ? at : submittedAt;
        boolean resubmittedAfterFailure = isFailure(status) && at.isAfter(failedAt);
        if (status == null || resubmittedAfterFailure) {
            return new DocumentProgress(DocumentStatus.RECEIVED, newestSubmission, null);
        }
        return new DocumentProgress(status, newestSubmission, failedAt);
    }

    private DocumentProgress afterFailure(StatusEvent event) {
        boolean staleFailure = submittedAt != null && event.at().isBefore(submittedAt);
        if (status == null || (status != DocumentStatus.VALIDATED && !isFailure(status) && !staleFailure)) {
            return new DocumentProgress(event.status(), submittedAt, event.at());
        }
        return this;
    }

    private static int rank(DocumentStatus status) {
        return switch (status) {
            case RECEIVED -> 0;
            case PARSED -> 1;
            case VALIDATED -> 2;
            case FAILED, REJECTED -> throw new IllegalArgumentException("failures have no rank: " + status);
        };
    }
}
