package io.ledgerlint.ingest.intake;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file known from a listing before its bytes are fetched, such as an object in a bucket.
 *
 * @param filename the name the file has for its sender, as for {@link Intake#receive}
 * @param size     its size in bytes, as listed
 * @param version  what identifies this content in the listing (an object's ETag): a rejection that never reads the
 *                 bytes is identified by it and the size
 * @param fetch    writes the bytes into a file
 */
public record ListedFile(String filename, long size, String version, Fetch fetch) {

    @FunctionalInterface
    public interface Fetch {

        /** Writes the listed file's bytes into {@code file}, replacing what it holds. */
        void into(Path file) throws IOException;
    }
}
