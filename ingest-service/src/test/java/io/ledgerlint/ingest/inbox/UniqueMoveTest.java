package io.ledgerlint.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniqueMoveTest {

    @TempDir
    Path work;

    @Test
    void movesUnderTheSameNameIntoANewFolder() throws IOException {
        Path file = Files.writeString(work.resolve("决算.pdf"), "first");

        Path moved = UniqueMove.into(file, work.resolve("processed"));

        assertThat(moved).isEqualTo(work.resolve("processed/决算.pdf")).hasContent("first");
        assertThat(file).doesNotExist();
    }

    @Test
    void neverOverwritesAFileAlreadyThere() throws IOException {
        Path processed = Files.createDirectories(work.resolve("processed"));
        Files.writeString(processed.resolve("a.pdf"), "earlier");
        Files.writeString(processed.resolve("a-1.pdf"), "earlier still");

        Path moved = UniqueMove.into(Files.writeString(work.resolve("a.pdf"), "now"), processed);

        assertThat(moved).isEqualTo(processed.resolve("a-2.pdf")).hasContent("now");
        assertThat(processed.resolve("a.pdf")).hasContent("earlier");
        assertThat(processed.resolve("a-1.pdf")).hasContent("earlier still");
    }

    @Test
    void numbersANameWithoutExtension() throws IOException {
        Path processed = Files.createDirectories(work.resolve("processed"));
        Files.writeString(processed.resolve("README"), "earlier");

        assertThat(UniqueMove.into(Files.writeString(work.resolve("README"), "now"), processed))
                .isEqualTo(processed.resolve("README-1"));
    }
}
