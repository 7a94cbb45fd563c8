package io.ledgerlint.domain.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoresTest {

    private static final String SHA = "cd" + "1".repeat(62);
    private static final Function<String, Optional<String>> NO_SETTINGS = key -> Optional.empty();

    @TempDir
    Path dir;

    @Test
    void aFolderPathAndItsFileUriOpenTheSameStore() throws IOException {
        Path root = dir.resolve("blobs");
        Path file = Files.writeString(dir.resolve("in.pdf"), "%PDF-1.7 bytes");

        URI stored = BlobStores.open(root.toString(), NO_SETTINGS).put(SHA, file);

        assertThat(Path.of(stored)).startsWith(root);
        try (InputStream in = BlobStores.open(root.toUri().toString(), NO_SETTINGS).open(stored)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("%PDF-1.7 bytes");
        }
    }
}
