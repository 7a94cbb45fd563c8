package io.ledgerlint.parse.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.testsupport.CorpusDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The repository's corpus (found by {@link CorpusDocuments}): documents with their truth. */
public final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    /** Every corpus document folder (holding document.pdf and truth.json), sorted by name. */
    public static List<Path> documents() {
        return CorpusDocuments.all();
    }

    public static Path document(String name) {
        return CorpusDocuments.folder(name);
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
