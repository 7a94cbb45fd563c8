package io.ledgerlint.ingest.intake;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.domain.text.DisplayNames;
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
     * @param filename the name the file had for its sender, as sent; the events carry {@link DisplayNames#of} of it
     *                 and, when that differs, {@link FileNames#escaped} of it
     */
    public IntakeResult receive(Path file, String filename, Source source) throws IOException {
        Identity identity = identify(file, filename);
        Optional<Problem> problem = screen(file, identity.size());
        if (problem.isPresent()) {
            return rejected(identity, problem.get());
        }
        URI blobUri = blobs.put(identity.sha256(), file);
        return new IntakeResult.Accepted(new DocumentReceived(DocumentReceived.SCHEMA_VERSION, identity.documentId(),
                identity.sha256(), identity.name(), identity.size(), MEDIA_TYPE, blobUri.toString(),
                source.wireName(), clock.instant(), identity.originalFilename()));
    }

    /**
     * Takes in a file known from a listing: one larger than the limit is rejected without fetching a byte (its
     * content's sha256 stays unknown, so its id comes from its listed version and size); any other is fetched into
     * a temporary file and taken in as by {@link #receive}.
     */
    public IntakeResult receiveListed(ListedFile listed, Source source) throws IOException {
        if (listed.size() > maxBytes) {
            String listingDigest = Sha256.of("listed " + listed.size() + " " + listed.version());
            return rejected(named(listed.size(), null, DocumentIds.fromSha256(listingDigest), listed.filename()),
                    tooLarge(listed.size()));
        }
        Path fetched = Files.createTempFile("ledgerlint-fetched-", ".pdf");
        try {
            listed.fetch().into(fetched);
            return receive(fetched, listed.filename(), source);
        } finally {
            Files.deleteIfExists(fetched);
        }
    }

    /**
     * Rejects {@code file} unscreened, for a problem found in what carried it (such as a broken form); identified and
     * named as by {@link #receive}, so that the rejection is recorded like any other.
     */
    public IntakeResult.Rejected reject(Path file, String filename, Problem problem) throws IOException {
        return rejected(identify(file, filename), problem);
    }

    private Identity identify(Path file, String filename) throws IOException {
        String sha256 = Sha256.of(file);
        return named(Files.size(file), sha256, DocumentIds.fromSha256(sha256), filename);
    }

    private static Identity named(long size, String sha256, String documentId, String filename) {
        String name = DisplayNames.of(filename, documentId + ".pdf");
        String escapedOriginal = FileNames.escaped(filename);
        return new Identity(size, sha256, documentId, name, name.equals(escapedOriginal) ? null : escapedOriginal);
    }

    private IntakeResult.Rejected rejected(Identity identity, Problem problem) {
        return new IntakeResult.Rejected(problem.code(), new DocumentFailed(DocumentFailed.SCHEMA_VERSION,
                identity.documentId(), identity.sha256(), identity.name(), STAGE, DocumentStatus.REJECTED,
                problem.code().code(), problem.message(), clock.instant(), identity.originalFilename()));
    }

    private Optional<Problem> screen(Path file, long size) throws IOException {
        if (size == 0) {
            return Optional.of(new Problem(ErrorCode.EMPTY_FILE, "The file is empty. 文件为空。"));
        }
        if (size > maxBytes) {
            return Optional.of(tooLarge(size));
        }
        return PdfScreen.check(file);
    }

    private Problem tooLarge(long size) {
        return new Problem(ErrorCode.TOO_LARGE, "The file has " + size + " bytes; at most " + maxBytes
                + " bytes are accepted. 文件超过大小限制。");
    }

    /** What the events say of a file: its content's identity (no sha256 when it was never read), and its names. */
    private record Identity(long size, String sha256, String documentId, String name, String originalFilename) {
    }
}
