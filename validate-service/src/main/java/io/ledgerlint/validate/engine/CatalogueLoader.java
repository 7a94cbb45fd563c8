package io.ledgerlint.validate.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.events.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a family's catalogue file {@code rules/<family>.json} from the class path:
 * <pre>{"family": "XT", "rules": [{"id": "XT-T02-T01-TOTAL", "severity": "error", "source": "D",
 *   "message": {"zh": "…{a}…", "en": "…"}, "description": "…", "version": 1, "documentTypes": ["FULL"]}]}</pre>
 */
public final class CatalogueLoader {

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ClassLoader classLoader;

    public CatalogueLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public static String resourceOf(String family) {
        return "rules/" + family.toLowerCase(Locale.ROOT) + ".json";
    }

    public List<RuleDefinition> load(String family) {
        String resource = resourceOf(family);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule family " + family + " has no catalogue file " + resource);
            }
            FamilyFile file = json.readValue(in, FamilyFile.class);
            if (!family.equals(file.family())) {
                throw new IllegalStateException(resource + " declares family " + file.family() + ", expected " + family);
            }
            return file.rules().stream()
                    .map(e -> new RuleDefinition(e.id(), family, e.severity() == null ? null : Severity.fromWireName(e.severity()), e.source(), e.message(),
                            e.description(), e.version(), e.documentTypes()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private record FamilyFile(String family, List<Entry> rules) {
    }

    private record Entry(String id, String severity, SourceTag source, MessageTemplate message, String description,
                         int version, Set<DocumentType> documentTypes) {
    }
}
