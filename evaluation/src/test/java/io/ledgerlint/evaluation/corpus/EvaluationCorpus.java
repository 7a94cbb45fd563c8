package io.ledgerlint.evaluation.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.testsupport.CorpusDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents to evaluate: the real corpus documents, then the variants in {@code variants/<name>/} beside them when
 * that folder exists. A variant's {@code variant.json} names its class, its kind, the document it was made from and,
 * for an error twin, the expected findings its injected error must raise.
 */
public final class EvaluationCorpus {

    /** The class of the real documents. */
    public static final String CORPUS_CLASS = "corpus";
    private static final String VARIANTS = "variants";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluationCorpus() {
    }

    public static List<EvaluationDocument> documents() {
        List<EvaluationDocument> documents = new ArrayList<>();
        for (Path folder : CorpusDocuments.all()) {
            documents.add(new EvaluationDocument(folder.getFileName().toString(), folder, CORPUS_CLASS, Kind.ORIGINAL,
                    null, List.of()));
        }
        Path variants = CorpusDocuments.root().resolve(VARIANTS);
        if (Files.isDirectory(variants)) {
            try (Stream<Path> folders = Files.list(variants)) {
                folders.filter(folder -> Files.isRegularFile(folder.resolve("variant.json"))).sorted()
                        .forEach(folder -> documents.add(variant(folder)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    private static EvaluationDocument variant(Path folder) {
        JsonNode manifest = read(folder.resolve("variant.json"));
        Kind kind = Kind.ofLabel(manifest.path("kind").asText());
        Path source = kind == Kind.LAYOUT ? null : sourceFolder(manifest.path("source").asText(), folder);
        List<String> injected = new ArrayList<>();
        manifest.path("injected").path("expected_finding_ids").forEach(id -> injected.add(id.asText()));
        if (kind == Kind.ERROR_TWIN && injected.isEmpty()) {
            throw new IllegalStateException(folder + "/variant.json: an error twin without "
                    + "injected.expected_finding_ids");
        }
        return new EvaluationDocument(manifest.path("name").asText(folder.getFileName().toString()), folder,
                manifest.path("class").asText(), kind, source, injected);
    }

    /** A twin's source: a corpus document, or another variant. */
    private static Path sourceFolder(String name, Path variant) {
        Path root = CorpusDocuments.root();
        return Stream.of(root.resolve(name), root.resolve(VARIANTS).resolve(name))
                .filter(folder -> Files.isRegularFile(folder.resolve("expected-findings.json"))).findFirst()
                .orElseThrow(() -> new IllegalStateException(variant + "/variant.json: source " + name + " not found"));
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
