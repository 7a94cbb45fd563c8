package io.ledgerlint.parse.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus: documents with their truth. Found through the system property {@code ledgerlint.shared} (set by
 * the parent POM's Surefire configuration), else at {@code ../../shared} from the module directory.
 */
public final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    public static Path sharedFolder() {
        String configured = System.getProperty("ledgerlint.shared");
        Path shared = configured != null ? Path.of(configured) : Path.of("../../shared");
        return shared.toAbsolutePath().normalize();
    }

    /** Every corpus document folder (holding document.pdf and truth.json), sorted by name. */
    public static List<Path> documents() {
        try (Stream<Path> folders = Files.list(sharedFolder().resolve("corpus"))) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("document.pdf")))
                    .filter(folder -> Files.isRegularFile(folder.resolve("truth.json")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path document(String name) {
        return sharedFolder().resolve("corpus").resolve(name);
    }

    public static JsonNode truth(Path documentFolder) {
        try {
            return JSON.readTree(documentFolder.resolve("truth.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path pdf(Path documentFolder) {
        return documentFolder.resolve("document.pdf");
    }
}
