package io.ledgerlint.domain.blob;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

/**
 * Where documents' bytes live (claim check): events carry the URI, consumers open it. Content-addressed by sha256,
 * so storing the same bytes twice is a no-op. A local folder ({@link LocalFolderBlobStore}) by default, or a bucket
 * ({@link S3BlobStore}). Services get theirs from {@link BlobStores#open}.
 */
public interface BlobStore {

    /** Stores the file under its sha256 (moving is not required; the source is left in place) and returns its URI. */
    URI put(String sha256, Path file) throws IOException;

    /** Opens the bytes behind a URI returned by {@link #put}. */
    InputStream open(URI uri) throws IOException;
}
