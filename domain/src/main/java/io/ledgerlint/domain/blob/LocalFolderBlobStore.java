package io.ledgerlint.domain.blob;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Stores blobs as {@code <root>/<first two hex digits>/<sha256>.pdf}; URIs are {@code file:} URIs. */
public final class LocalFolderBlobStore implements BlobStore {

    private final Path root;

    public LocalFolderBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public URI put(String sha256, Path file) throws IOException {
        Path target = root.resolve(BlobNames.relativePath(sha256));
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            // Copy to a temporary name first so a reader never sees a half-written blob.
            Path partial = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return target.toUri();
    }

    @Override
    public InputStream open(URI uri) throws IOException {
        if (!"file".equals(uri.getScheme())) {
            throw new IOException("unsupported blob URI scheme: " + uri);
        }
        Path path = Path.of(uri).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("blob URI outside the store: " + uri);
        }
        return Files.newInputStream(path);
    }
}
