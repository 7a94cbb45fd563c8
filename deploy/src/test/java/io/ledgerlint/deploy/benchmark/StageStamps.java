package io.ledgerlint.deploy.benchmark;

import java.time.Instant;

/**
 * When each stage finished with a document, from the events it published; a stage the document did not reach is null.
 *
 * @param receivedAt  DocumentReceived.receivedAt: ingest screened and stored the file
 * @param extractedAt TablesExtracted.extractedAt: parse read it
 * @param validatedAt FindingsProduced.validatedAt: validate checked it
 * @param pageCount   TablesExtracted.pageCount; 0 when it was not parsed
 */
record StageStamps(Instant receivedAt, Instant extractedAt, Instant validatedAt, int pageCount) {

    static final StageStamps NONE = new StageStamps(null, null, null, 0);
}
