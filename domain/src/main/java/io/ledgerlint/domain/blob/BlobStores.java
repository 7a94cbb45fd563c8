package io.ledgerlint.domain.blob;

import io.ledgerlint.domain.bucket.BucketConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place a service's configured blob location ({@code ledgerlint.blob.root}) becomes a {@link BlobStore}, so
 * that ingest, parse and report always agree on where the bytes are: a local folder, or a bucket
 * ({@code s3://bucket/prefix}) reached as {@link BucketConnection} says.
 */
public final class BlobStores {

    private BlobStores() {
    }

    /**
     * @param location a folder, as a path ({@code data/blobs}) or a {@code file:} URI ({@code file:///data/blobs}),
     *                 or a bucket and key prefix ({@code s3://ledgerlint/blobs})
     * @param settings the service's configuration, for a bucket's connection ({@link BucketConnection#from})
     */
    public static BlobStore open(String location, Function<String, Optional<String>> settings) {
        if (location.startsWith(S3BlobStore.SCHEME + ":")) {
            return new S3BlobStore(BucketConnection.from(settings).open(), URI.create(location));
        }
        Path folder = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return new LocalFolderBlobStore(folder);
    }
}
