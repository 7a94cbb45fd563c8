package io.ledgerlint.deploy.manifests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The resources of deploy/kubernetes, read the way {@code kubectl apply -k} takes them: every file that
 * kustomization.yaml lists, every document in it, each into its typed model (fabric8 for Kubernetes' own kinds,
 * Strimzi's for its custom resources, {@link ScaledObject} for KEDA's).
 */
final class KubernetesManifests {

    private static final ObjectMapper YAML = new YAMLMapper();
    /** KEDA's kind has no Java model with a catch-all for unknown fields: refuse them. */
    private static final ObjectMapper STRICT_YAML = new YAMLMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path directory;
    private final JsonNode kustomization;
    private final List<Object> resources;

    private KubernetesManifests(Path directory, JsonNode kustomization, List<Object> resources) {
        this.directory = directory;
        this.kustomization = kustomization;
        this.resources = resources;
    }

    static KubernetesManifests load(Path directory) {
        KubernetesSerialization serialization = new KubernetesSerialization();
        serialization.registerKubernetesResource(Kafka.class);
        serialization.registerKubernetesResource(KafkaNodePool.class);
        serialization.registerKubernetesResource(KafkaTopic.class);
        JsonNode kustomization = readTree(directory.resolve("kustomization.yaml"));
        List<Object> resources = new ArrayList<>();
        for (JsonNode file : kustomization.path("resources")) {
            for (JsonNode document : documents(directory.resolve(file.asText()))) {
                resources.add(typed(serialization, document, file.asText()));
            }
        }
        return new KubernetesManifests(directory, kustomization, resources);
    }

    Path directory() {
        return directory;
    }

    JsonNode kustomization() {
        return kustomization;
    }

    List<Object> resources() {
        return resources;
    }

    <T> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + type.getSimpleName() + " named " + name));
    }

    ScaledObject scaledObject(String name) {
        return all(ScaledObject.class).stream().filter(scaled -> scaled.metadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new NoSuchElementException("no ScaledObject named " + name));
    }

    private static Object typed(KubernetesSerialization serialization, JsonNode document, String file) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        if (ScaledObject.API_VERSION.equals(apiVersion) && ScaledObject.KIND.equals(kind)) {
            try {
                return STRICT_YAML.treeToValue(document, ScaledObject.class);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": not a ScaledObject as KEDA reads it: " + e.getMessage(),
                        e);
            }
        }
        KubernetesResource resource = serialization.convertValue(document, KubernetesResource.class);
        if (resource instanceof GenericKubernetesResource) {
            throw new IllegalArgumentException(file + ": " + apiVersion + " " + kind + " has no typed model here");
        }
        return resource;
    }

    private static List<JsonNode> documents(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(document -> {
                if (!document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static JsonNode readTree(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
