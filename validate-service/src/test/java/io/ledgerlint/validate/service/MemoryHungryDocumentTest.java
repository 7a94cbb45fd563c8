package io.ledgerlint.validate.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.testsupport.CorpusDocuments;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.TopicReader;
import io.ledgerlint.validate.fixtures.TruthDocuments;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * validate-service against a real broker with a document that runs it out of memory: that document ends FAILED
 * {@code resource-limit} and the consumer goes on to the next one.
 */
@QuarkusTest
@TestProfile(MemoryHungryRulesProfile.class)
@QuarkusTestResource(KafkaTestResource.class)
class MemoryHungryDocumentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void endsTheDocumentFailedAndValidatesTheNextOne() throws Exception {
        TablesExtracted disclosure = TruthDocuments.load(CorpusDocuments.folder("doc-003"));
        ObjectNode hungry = json.valueToTree(disclosure);
        hungry.put("documentId", MemoryHungryRules.DOCUMENT_ID);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.TABLES_EXTRACTED, MemoryHungryRules.DOCUMENT_ID,
                    json.writeValueAsString(hungry)));
            producer.send(new ProducerRecord<>(Topics.TABLES_EXTRACTED, disclosure.documentId(),
                    json.writeValueAsString(disclosure)));
        }

        try (TopicReader failures = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED);
             TopicReader findings = new TopicReader(bootstrapServers, Topics.FINDINGS_PRODUCED)) {
            DocumentFailed failed = json.readValue(failures.awaitKey(MemoryHungryRules.DOCUMENT_ID).value(),
                    DocumentFailed.class);
            assertThat(failed.stage()).isEqualTo("validate");
            assertThat(failed.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(ErrorCode.fromCode(failed.errorCode())).isEqualTo(ErrorCode.RESOURCE_LIMIT);
            assertThat(failed.message()).contains("out of memory");
            FindingsProduced next = json.readValue(findings.awaitKey(disclosure.documentId()).value(),
                    FindingsProduced.class);
            assertThat(next.findings()).isNotEmpty();
        }
    }
}
