package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Writes corpus/variants/README.md: the template text plus the class counts and the list of variants on disk. */
final class Readme {

    static final String TEMPLATE = "/corpus-variants/README.template.md";

    private Readme() {
    }

    static void write(Path out) throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(out)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        Map<String, Map<String, Integer>> classes = new TreeMap<>();
        Set<String> sources = new TreeSet<>();
        StringBuilder rows = new StringBuilder(
                "| variant | class | kind | pages | description |\n|---|---|---|---|---|\n");
        long bytes = 0;
        for (Path folder : folders) {
            ObjectNode variant = Json.readObject(folder.resolve("variant.json"));
            String source = variant.path("source").asText();
            sources.add(source);
            classes.computeIfAbsent(variant.path("kind").asText() + " | " + variant.path("class").asText(),
                    k -> new TreeMap<>()).merge(source, 1, Integer::sum);
            rows.append("| `").append(folder.getFileName()).append("` | ").append(variant.path("class").asText())
                    .append(" | ").append(variant.path("kind").asText()).append(" | ")
                    .append(variant.path("pages").asInt()).append(" | ")
                    .append(variant.path("description").asText().replace("|", "\\|")).append(" |\n");
            bytes += size(folder);
        }
        StringBuilder table = new StringBuilder("| kind | class |");
        sources.forEach(source -> table.append(' ').append(source).append(" |"));
        table.append(" total |\n|---|---|").append("---|".repeat(sources.size() + 1)).append('\n');
        classes.forEach((key, counts) -> {
            table.append("| ").append(key).append(" |");
            sources.forEach(source -> table.append(' ').append(counts.getOrDefault(source, 0)).append(" |"));
            table.append(' ').append(counts.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n");
        });
        table.append("| **all** | |");
        sources.forEach(source -> table.append(' ').append(classes.values().stream()
                .mapToInt(c -> c.getOrDefault(source, 0)).sum()).append(" |"));
        table.append(" **").append(folders.size()).append("** |\n");
        int pdfs = folders.size();
        String text = GenerateVariants.resource(TEMPLATE)
                .replace("{{CLASSES}}", table.toString().strip())
                .replace("{{VARIANTS}}", rows.toString().strip())
                .replace("{{SIZE}}", String.format(Locale.ROOT, "%.1f MB in %d variant folders", bytes / 1e6, pdfs));
        Files.writeString(out.resolve("README.md"), text, StandardCharsets.UTF_8);
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
