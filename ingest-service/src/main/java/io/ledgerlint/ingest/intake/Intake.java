package io.ledgerlint.ingest.intake;

import io.ledgerlint.contracts.blob.BlobStore;
import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Takes in one complete file, wherever it came from: identifies it by content, screens it, and stores accepted files
 * in the blob store. Announcing the outcome is the caller's job.
 */
public final class Intake {

    static final String STAGE = "ingest";
    static final String MEDIA_TYPE = "application/pdf";

    private final BlobStore blobs;
    private final long maxBytes;
    private final Clock clock;

    public Intake(BlobStore blobs, long maxBytes, Clock clock) {
        this.blobs = blobs;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * @param file     the bytes; left in place (the blob store keeps its own copy)
     * @param filename the name the file had for its sender; only its last path segment is kept
     */
    public IntakeResult receive(Path file, String filename, Source source) throws IOException {
        long size = Files.size(file);
        String sha256 = Sha256.of(file);
        String documentId = DocumentIds.fromSha256(sha256);
        String name = FileNames.display(filename, documentId + ".pdf");
        Optional<Problem> problem = screen(file, size);
        if (problem.isPresent()) {
            RejectionCode code = problem.get().code();
            return new IntakeResult.Rejected(code, new DocumentFailed(DocumentFailed.SCHEMA_VERSION, documentId,
                    sha256, name, STAGE, DocumentStatus.REJECTED, code.code(), problem.get().message(),
                    clock.instant()));
        }
        URI blobUri = blobs.put(sha256, file);
        return new IntakeResult.Accepted(new DocumentReceived(DocumentReceived.SCHEMA_VERSION, documentId, sha256,
                name, size, MEDIA_TYPE, blobUri.toString(), source.wireName(), clock.instant()));
    }

    private Optional<Problem> screen(Path file, long size) throws IOException {
        if (size == 0) {
            return Optional.of(new Problem(RejectionCode.EMPTY_FILE, "The file is empty. 文件为空。"));
        }
        if (size > maxBytes) {
            return Optional.of(new Problem(RejectionCode.TOO_LARGE, "The file has " + size
                    + " bytes; at most " + maxBytes + " bytes are accepted. 文件超过大小限制。"));
        }
        return PdfScreen.check(file);
    }
}
