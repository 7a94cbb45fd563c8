package io.ledgerlint.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's corpus: real documents, each a folder with {@code document.pdf}, {@code truth.json} and
 * {@code expected-findings.json}. The root POM passes the folder to every test as the system property
 * {@code ledgerlint.corpus}; without it (a test started from an IDE in a module directory) it is {@code ../corpus}.
 */
public final class CorpusDocuments {

    public static final String PROPERTY = "ledgerlint.corpus";

    private CorpusDocuments() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty(PROPERTY, "../corpus")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("corpus folder not found: " + root + " (set -D" + PROPERTY + ")");
        }
        return root;
    }

    /** Every corpus document folder (one holding document.pdf and truth.json), sorted by name. */
    public static List<Path> all() {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("document.pdf")))
                    .filter(folder -> Files.isRegularFile(folder.resolve("truth.json")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of one document, e.g. {@code doc-000}. */
    public static Path folder(String name) {
        Path folder = root().resolve(name);
        if (!Files.isRegularFile(folder.resolve("document.pdf"))) {
            throw new IllegalStateException("corpus document not found: " + folder);
        }
        return folder;
    }

    public static Path pdf(String name) {
        return folder(name).resolve("document.pdf");
    }
}
