package io.ledgerlint.ingest.intake;

/** A reason to reject a file, with a message for people (English, then Chinese). */
record Problem(RejectionCode code, String message) {
}
