package io.ledgerlint.domain.blob;

import java.net.URI;
import java.nio.file.Path;

/**
 * The one place a service's configured blob location ({@code ledgerlint.blob.root}) becomes a {@link BlobStore}, so
 * that ingest, parse and report always agree on where the bytes are. Today every location is a local folder; an
 * {@code s3://bucket/prefix} location will be recognised here, and no service has to change.
 */
public final class BlobStores {

    private BlobStores() {
    }

    /** @param location a folder, as a path ({@code data/blobs}) or a {@code file:} URI ({@code file:///data/blobs}) */
    public static BlobStore open(String location) {
        Path folder = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return new LocalFolderBlobStore(folder);
    }
}
