package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The variant definitions: {@code corpus-variants/variants.json} on the classpath. Each entry names its class, kind
 * and description and overrides the default style and transforms; twins carry their injection or neutral edits.
 */
final class VariantCatalog {

    static final String RESOURCE = "/corpus-variants/variants.json";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final Set<String> KINDS = Set.of(VariantSpec.LAYOUT, VariantSpec.ERROR_TWIN,
            VariantSpec.NEUTRAL_TWIN);

    private VariantCatalog() {
    }

    static List<VariantSpec> load() {
        try (InputStream in = VariantCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return parse((ObjectNode) MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<VariantSpec> parse(ObjectNode root) throws IOException {
        JsonNode defaults = root.path("defaults");
        List<String> defaultSources = new ArrayList<>();
        root.path("sources").forEach(s -> defaultSources.add(s.asText()));
        List<VariantSpec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode entry : root.path("variants")) {
            ObjectNode merged = ((ObjectNode) entry).deepCopy();
            merged.set("style", overlay(defaults.path("style"), entry.path("style")));
            merged.set("transforms", overlay(defaults.path("transforms"), entry.path("transforms")));
            if (!merged.has("sources")) {
                merged.set("sources", MAPPER.valueToTree(defaultSources));
            }
            for (String list : List.of("expected_added", "drop_passed_checks")) {
                if (!merged.has(list)) {
                    merged.putArray(list);
                }
            }
            VariantSpec spec = MAPPER.treeToValue(merged, VariantSpec.class);
            check(spec);
            for (String source : spec.sources()) {
                if (!names.add(source + "-" + spec.name())) {
                    throw new IllegalStateException("variant " + source + "-" + spec.name() + " defined twice");
                }
            }
            specs.add(spec);
        }
        return specs;
    }

    private static ObjectNode overlay(JsonNode defaults, JsonNode overrides) {
        ObjectNode merged = defaults.isObject() ? ((ObjectNode) defaults).deepCopy() : MAPPER.createObjectNode();
        if (overrides.isObject()) {
            merged.setAll((ObjectNode) overrides);
        }
        return merged;
    }

    private static void check(VariantSpec spec) {
        if (spec.name() == null || !spec.name().matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalStateException("bad variant name " + spec.name());
        }
        if (!KINDS.contains(spec.kind()) || spec.variationClass() == null || spec.description() == null) {
            throw new IllegalStateException(spec.name() + ": kind, class and description are required");
        }
        boolean error = VariantSpec.ERROR_TWIN.equals(spec.kind());
        if (error != (spec.injection() != null) || error == spec.expectedAdded().isEmpty()) {
            throw new IllegalStateException(spec.name() + ": an error twin (and only it) has an injection and"
                    + " expected_added findings");
        }
        if (VariantSpec.NEUTRAL_TWIN.equals(spec.kind()) != (spec.neutral() != null)) {
            throw new IllegalStateException(spec.name() + ": a neutral twin (and only it) has neutral edits");
        }
        VariantSpec.Style style = spec.style();
        if (!Set.of("grid", "three-line", "partial").contains(style.rules())
                || !Set.of("song", "hei", "kai", "noto-sans", "noto-serif").contains(style.font())
                || !Set.of("portrait", "landscape").contains(style.orientation())
                || !Set.of("page-per-table", "continuous").contains(style.flow())
                || !Set.of("hunan", "label-left", "title-first").contains(style.caption())) {
            throw new IllegalStateException(spec.name() + ": unknown style value in " + style);
        }
        if (!VariantSpec.LAYOUT.equals(spec.kind()) && spec.sources().size() != 1) {
            throw new IllegalStateException(spec.name() + ": a twin belongs to one source document");
        }
    }
}
