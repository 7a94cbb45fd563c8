package io.ledgerlint.report.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ledgerlint.contracts.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml stays in step with the topics of the contracts module and their JSON Schema files. */
class AsyncApiDescriptionTest {

    /** Maven runs the tests in the module directory. */
    static final Path DESCRIPTION = Path.of("..", "docs", "asyncapi.yaml");

    @Test
    void describesEveryTopicAndItsDeadLetterTopic() throws IOException {
        JsonNode asyncApi = read();
        assertThat(asyncApi.path("asyncapi").asText()).startsWith("3.");
        List<String> addresses = StreamSupport.stream(asyncApi.path("channels").spliterator(), false)
                .map(channel -> channel.path("address").asText())
                .toList();

        List<String> expected = new ArrayList<>();
        for (String topic : topics()) {
            expected.add(topic);
            expected.add(topic + Topics.DEAD_LETTER_SUFFIX);
        }
        assertThat(expected).hasSize(8);
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyMessageIsKeyedByDocumentIdAndEveryReferencedSchemaFileExists() throws IOException {
        JsonNode asyncApi = read();
        JsonNode messages = asyncApi.path("components").path("messages");
        List<String> schemaFiles = new ArrayList<>();
        messages.fields().forEachRemaining(message -> {
            assertThat(message.getValue().at("/bindings/kafka/key/$ref").asText())
                    .as(message.getKey()).isEqualTo("#/components/schemas/DocumentIdKey");
            String ref = message.getValue().at("/payload/schema/$ref").asText();
            if (!ref.isEmpty()) {
                schemaFiles.add(ref);
            }
        });
        assertThat(schemaFiles).hasSize(4);
        for (String file : schemaFiles) {
            Path schema = DESCRIPTION.getParent().resolve(file).normalize();
            assertThat(schema).as(file).isRegularFile();
            assertThat(new ObjectMapper().readTree(schema.toFile()).path("$id").asText())
                    .endsWith(schema.getFileName().toString());
        }
    }

    private static JsonNode read() throws IOException {
        assertThat(DESCRIPTION).isRegularFile();
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(DESCRIPTION));
    }

    private static List<String> topics() {
        return Stream.of(Topics.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> !field.getName().equals("DEAD_LETTER_SUFFIX"))
                .map(AsyncApiDescriptionTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
