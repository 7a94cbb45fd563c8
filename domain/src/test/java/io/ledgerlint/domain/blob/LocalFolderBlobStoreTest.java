package io.ledgerlint.domain.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderBlobStoreTest {

    private static final String SHA = "ab" + "0".repeat(62);

    @TempDir
    Path dir;

    @Test
    void storesOnceAndReadsBack() throws IOException {
        var store = new LocalFolderBlobStore(dir.resolve("blobs"));
        Path file = Files.writeString(dir.resolve("in.pdf"), "%PDF-1.7 bytes");
        URI first = store.put(SHA, file);
        URI second = store.put(SHA, file);
        assertThat(second).isEqualTo(first);
        assertThat(Path.of(first)).startsWith(dir.resolve("blobs/ab"));
        try (InputStream in = store.open(first)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("%PDF-1.7 bytes");
        }
        assertThat(file).exists();
    }

    @Test
    void refusesUrisOutsideTheStoreAndBadDigests() throws IOException {
        var store = new LocalFolderBlobStore(dir.resolve("blobs"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "x");
        assertThatThrownBy(() -> store.open(outside.toUri())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> store.open(URI.create("http://example.org/x"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> store.put("../etc", outside)).isInstanceOf(IllegalArgumentException.class);
    }
}
