package io.ledgerlint.ingest.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.EventTypes;
import io.ledgerlint.ingest.HostilePdfs;
import io.ledgerlint.ingest.IngestFoldersTestResource;
import io.ledgerlint.ingest.KafkaTopics;
import io.ledgerlint.ingest.TestPdfs;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(IngestFoldersTestResource.class)
class DocumentUploadResourceTest {

    /** The name of the issue: a forged log line after a raw CR LF, and a NUL before the extension. */
    private static final String RAW_LINE_BREAK_NAME = "report.pdf\r\n2024-01-01 INFO VALIDATED id=1\0.pdf";
    private static final String RAW_LINE_BREAK_NAME_CLEANED = "report.pdf2024-01-01 INFO VALIDATED id=1.pdf";
    private static final String RAW_LINE_BREAK_NAME_ESCAPED =
            "report.pdf\\u000D\\u000A2024-01-01 INFO VALIDATED id=1\\u0000.pdf";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "ledgerlint.max-upload-bytes")
    long maxUploadBytes;

    @TempDir
    Path work;

    @Test
    void aRawPdfIsStoredAndAnnouncedWithCloudEventsHeaders() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-000");
        String sha256 = TestPdfs.sha256(document);
        String filename = "株洲高新区企业服务局2024年度部门决算.pdf";

        ExtractableResponse<Response> response = given()
                .contentType("application/pdf")
                .header("X-Filename", URLEncoder.encode(filename, StandardCharsets.UTF_8))
                .body(document.toFile())
                .post("/api/documents")
                .then().statusCode(202)
                .body("documentId", equalTo(sha256.substring(0, 16)))
                .body("sha256", equalTo(sha256))
                .body("status", equalTo("RECEIVED"))
                .extract();

        ConsumerRecord<String, byte[]> record = awaitEvent(Topics.DOCUMENTS_RECEIVED, filename);
        assertThat(record.key()).isEqualTo(response.path("documentId"));
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.DOCUMENT_RECEIVED);
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("ledgerlint/ingest-service");
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "ce_id")).isNotBlank();
        JsonNode event = KafkaTopics.json(record);
        assertThat(event.path("documentId").asText()).isEqualTo(record.key());
        assertThat(event.path("sha256").asText()).isEqualTo(sha256);
        assertThat(event.path("sizeBytes").asLong()).isEqualTo(Files.size(document));
        assertThat(event.path("source").asText()).isEqualTo("upload");
        assertThat(event.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(Instant.parse(event.path("receivedAt").asText())).isBefore(Instant.now());
        assertThat(TestPdfs.sha256(Path.of(URI.create(event.path("blobUri").asText())))).isEqualTo(sha256);
    }

    @Test
    void aMultipartUploadTakesItsNameFromThePart() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-003");
        String sha256 = TestPdfs.sha256(document);
        Path named = Files.copy(document, work.resolve("株洲市人民政府办公室2024决算.pdf"));

        // As browsers send it: the file name as raw UTF-8 in the part's header.
        given().config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", named.toFile(), "application/pdf")
                .post("/api/documents")
                .then().statusCode(202)
                .body("documentId", equalTo(sha256.substring(0, 16)))
                .body("status", equalTo("RECEIVED"));

        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_RECEIVED, named.getFileName().toString()));
        assertThat(event.path("sha256").asText()).isEqualTo(sha256);
    }

    @Test
    void theSameBytesAgainAreTheSameDocument() {
        Path document = TestPdfs.corpusDocument("doc-000");

        String first = given().contentType("application/pdf").header("X-Filename", "first.pdf")
                .body(document.toFile()).post("/api/documents")
                .then().statusCode(202).extract().path("documentId");
        String again = given().multiPart("file", document.toFile(), "application/pdf").post("/api/documents")
                .then().statusCode(202).extract().path("documentId");

        assertThat(again).isEqualTo(first);
    }

    @Test
    void anEmptyBodyIsABadRequest() throws IOException {
        assertRejected(Files.createFile(work.resolve("empty.pdf")), 400, ErrorCode.EMPTY_FILE);
    }

    @Test
    void aFileOverTheLimitIsTooLarge() throws IOException {
        byte[] bytes = new byte[(int) maxUploadBytes + 1];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);

        assertRejected(Files.write(work.resolve("huge.pdf"), bytes), 413, ErrorCode.TOO_LARGE);
    }

    @Test
    void somethingElseThanAPdfIsAnUnsupportedMediaType() throws IOException {
        assertRejected(Files.writeString(work.resolve("notes.pdf"), "Not a PDF: 部门决算说明"), 415, ErrorCode.NOT_PDF);
    }

    @Test
    void aTruncatedPdfIsUnprocessable() throws IOException {
        assertRejected(TestPdfs.truncatedCopy(work.resolve("truncated.pdf"), 60), 422, ErrorCode.UNREADABLE_PDF);
    }

    @Test
    void aPasswordProtectedPdfIsUnprocessable() throws IOException {
        assertRejected(TestPdfs.encrypted(work.resolve("locked.pdf"), "user-secret"), 422, ErrorCode.ENCRYPTED_PDF);
    }

    @Test
    void aPageTreeFiftyThousandLevelsDeepIsUnprocessableNotAServerError() throws IOException {
        Path deep = HostilePdfs.deepPageTree(work.resolve("deep.pdf"), 50_000);

        assertRejected(deep, 422, ErrorCode.TOO_DEEP);
    }

    @Test
    void aMultipartFileNameWithLineBreaksAndNulIsRecordedCleanedAndEscaped() throws IOException {
        Path notAPdf = Files.writeString(work.resolve("notes.txt"), "Not a PDF either: 决算说明");
        String sha256 = TestPdfs.sha256(notAPdf);
        // A well-formed part carries such a name percent-encoded (RFC 5987), which Quarkus decodes back to CR, LF, NUL.
        String disposition = "form-data; name=\"file\"; filename*=UTF-8''"
                + "report.pdf%0D%0A2024-01-01%20INFO%20VALIDATED%20id=1%00.pdf";

        given().multiPart(new MultiPartSpecBuilder(Files.readAllBytes(notAPdf)).controlName("file")
                        .header("Content-Disposition", disposition).mimeType("application/pdf").build())
                .post("/api/documents")
                .then().statusCode(415)
                .body("error", equalTo(ErrorCode.NOT_PDF.code()))
                .body("message", not(equalTo("")));

        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_FAILED,
                "report.pdf2024-01-01 INFO VALIDATED id=1.pdf"));
        assertThat(event.path("sha256").asText()).isEqualTo(sha256);
        assertThat(event.path("status").asText()).isEqualTo("REJECTED");
        assertThat(event.path("errorCode").asText()).isEqualTo(ErrorCode.NOT_PDF.code());
        assertThat(event.path("originalFilename").asText())
                .isEqualTo("report.pdf\\u000D\\u000A2024-01-01 INFO VALIDATED id=1\\u0000.pdf");
    }

    @Test
    void aMultipartFileNameWithRawLineBreaksAndNulIsScreenedAndRecordedCleanedAndEscaped() throws IOException {
        byte[] unreadable = "%PDF-1.7\n% named with raw line breaks\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String sha256 = TestPdfs.sha256(Files.write(work.resolve("unreadable.pdf"), unreadable));

        // Sent raw in the part's header, as HttpClient sends it: strict multipart parsers refuse the whole form.
        given().multiPart("file", RAW_LINE_BREAK_NAME, unreadable, "application/pdf")
                .post("/api/documents")
                .then().statusCode(422)
                .body("error", equalTo(ErrorCode.UNREADABLE_PDF.code()))
                .body("message", not(equalTo("")));

        JsonNode event = KafkaTopics.json(awaitKey(Topics.DOCUMENTS_FAILED, sha256.substring(0, 16)));
        assertThat(event.path("sha256").asText()).isEqualTo(sha256);
        assertThat(event.path("status").asText()).isEqualTo("REJECTED");
        assertThat(event.path("errorCode").asText()).isEqualTo(ErrorCode.UNREADABLE_PDF.code());
        assertThat(event.path("filename").asText()).isEqualTo(RAW_LINE_BREAK_NAME_CLEANED);
        assertThat(event.path("originalFilename").asText()).isEqualTo(RAW_LINE_BREAK_NAME_ESCAPED);
    }

    @Test
    void aRealPdfWhoseMultipartNameHoldsRawLineBreaksAndNulIsAcceptedUnderTheCleanedName() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-000");
        String sha256 = TestPdfs.sha256(document);

        given().multiPart("file", RAW_LINE_BREAK_NAME, Files.readAllBytes(document), "application/pdf")
                .post("/api/documents")
                .then().statusCode(202)
                .body("documentId", equalTo(sha256.substring(0, 16)))
                .body("status", equalTo("RECEIVED"));

        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_RECEIVED, RAW_LINE_BREAK_NAME_CLEANED));
        assertThat(event.path("sha256").asText()).isEqualTo(sha256);
        assertThat(event.path("originalFilename").asText()).isEqualTo(RAW_LINE_BREAK_NAME_ESCAPED);
    }

    @Test
    void aFormWhosePartsMissTheAnnouncedBoundaryIsABadRequestRecordedAsMalformed() throws IOException {
        byte[] body = ("--sent-boundary\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"boundary-mismatch.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n"
                + "%PDF-1.7\n%%EOF\n\r\n"
                + "--sent-boundary--\r\n").getBytes(StandardCharsets.US_ASCII);

        assertMalformedFormRecorded(body, "announced-boundary", null);
    }

    @Test
    void aFormCutOffInsideItsFilePartIsABadRequestRecordedUnderTheNameItGave() throws IOException {
        byte[] body = ("--cut-boundary\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"cut-off.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n"
                + "%PDF-1.7\n1 0 obj").getBytes(StandardCharsets.US_ASCII);

        assertMalformedFormRecorded(body, "cut-boundary", "cut-off.pdf");
    }

    @Test
    void aMultipartFileOverTheLimitIsTooLargeInTheErrorShape() throws IOException {
        byte[] bytes = new byte[(int) maxUploadBytes + 1];
        Arrays.fill(bytes, (byte) '\n');
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        String sha256 = TestPdfs.sha256(Files.write(work.resolve("huge-form.pdf"), bytes));

        given().multiPart("file", "huge-form.pdf", bytes, "application/pdf")
                .post("/api/documents")
                .then().statusCode(413)
                .contentType(ContentType.JSON)
                .body("error", equalTo(ErrorCode.TOO_LARGE.code()))
                .body("message", containsString(String.valueOf(maxUploadBytes)));

        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_FAILED, "huge-form.pdf"));
        assertThat(event.path("sha256").asText()).isEqualTo(sha256);
        assertThat(event.path("errorCode").asText()).isEqualTo(ErrorCode.TOO_LARGE.code());
    }

    @Test
    void aHeaderFileNameWithLineBreaksAndABidiOverrideIsShownCleaned() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-003");
        // "部门决算" then U+202E, which would show "fdp.exe" reversed as "exe.pdf", then CR, LF
        String sent = "部门决算\u202Efdp.exe\r\nINFO forged.pdf";

        given().contentType("application/pdf")
                .header("X-Filename", URLEncoder.encode(sent, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(document.toFile())
                .post("/api/documents")
                .then().statusCode(202);

        JsonNode event = KafkaTopics.json(awaitEvent(Topics.DOCUMENTS_RECEIVED, "部门决算fdp.exeINFO forged.pdf"));
        assertThat(event.path("originalFilename").asText())
                .isEqualTo("部门决算\\u202Efdp.exe\\u000D\\u000AINFO forged.pdf");
    }

    @Test
    void aFormWithoutAFileFieldIsABadRequest() {
        given().multiPart("document", "x.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/api/documents")
                .then().statusCode(400)
                .body("error", equalTo(ErrorCode.EMPTY_FILE.code()));

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.DOCUMENTS_FAILED)) {
            JsonNode event = KafkaTopics.json(reader.awaitRecord(record ->
                    KafkaTopics.json(record).path("message").asText().startsWith("The form has no field named 'file'")));
            assertThat(event.path("errorCode").asText()).isEqualTo(ErrorCode.EMPTY_FILE.code());
            assertThat(event.path("filename").asText()).isEqualTo(event.path("documentId").asText() + ".pdf");
        }
    }

    @Test
    void aBodyOfAnotherContentTypeIsRefusedInTheErrorShape() {
        given().contentType("text/plain").body("%PDF-1.7")
                .post("/api/documents")
                .then().statusCode(415)
                .body("error", equalTo(ErrorCode.NOT_PDF.code()))
                .body("message", containsString("application/pdf"));
    }

    @Test
    void healthAndMetricsAreExposed() {
        given().contentType("application/pdf").body(TestPdfs.corpusDocument("doc-000").toFile())
                .post("/api/documents").then().statusCode(202);

        given().get("/q/health/ready").then().statusCode(200).body(containsString("Kafka"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString(
                        "ledgerlint_documents_total{outcome=\"received\",reason=\"none\",service=\"ingest-service\"}"))
                .body(containsString("ledgerlint_stage_seconds_count{service=\"ingest-service\",stage=\"ingest\"}"));
    }

    /** The rejection is answered with its code and also announced, so that report-service can record it. */
    private void assertRejected(Path file, int status, ErrorCode code) throws IOException {
        String filename = "rejected-" + code.code() + ".pdf";
        String sha256 = TestPdfs.sha256(file);

        given().contentType("application/pdf").header("X-Filename", filename)
                .body(Files.readAllBytes(file))
                .post("/api/documents")
                .then().statusCode(status)
                .body("error", equalTo(code.code()))
                .body("message", not(equalTo("")));

        ConsumerRecord<String, byte[]> record = awaitEvent(Topics.DOCUMENTS_FAILED, filename);
        assertThat(record.key()).isEqualTo(sha256.substring(0, 16));
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.DOCUMENT_FAILED);
        JsonNode event = KafkaTopics.json(record);
        assertThat(ErrorCode.fromCode(event.path("errorCode").asText())).isEqualTo(code);
        assertThat(event.path("stage").asText()).isEqualTo("ingest");
        assertThat(event.path("status").asText()).isEqualTo("REJECTED");
        assertThat(event.path("sha256").asText()).isEqualTo(sha256);
    }

    /** The form is answered as malformed and recorded as such, identified by the bytes of the whole body. */
    private void assertMalformedFormRecorded(byte[] body, String announcedBoundary, String filename)
            throws IOException {
        String sha256 = TestPdfs.sha256(Files.write(work.resolve("form.bin"), body));
        String documentId = sha256.substring(0, 16);

        given().contentType("multipart/form-data; boundary=" + announcedBoundary)
                .body(body)
                .post("/api/documents")
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("error", equalTo(ErrorCode.MALFORMED_FORM.code()))
                .body("message", not(equalTo("")));

        JsonNode event = KafkaTopics.json(awaitKey(Topics.DOCUMENTS_FAILED, documentId));
        assertThat(event.path("sha256").asText()).isEqualTo(sha256);
        assertThat(event.path("stage").asText()).isEqualTo("ingest");
        assertThat(event.path("status").asText()).isEqualTo("REJECTED");
        assertThat(event.path("errorCode").asText()).isEqualTo(ErrorCode.MALFORMED_FORM.code());
        assertThat(event.path("filename").asText()).isEqualTo(filename == null ? documentId + ".pdf" : filename);
    }

    private ConsumerRecord<String, byte[]> awaitKey(String topic, String documentId) {
        try (TopicReader reader = new TopicReader(bootstrapServers, topic)) {
            return reader.awaitKey(documentId);
        }
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String topic, String filename) {
        return KafkaTopics.awaitEventFor(bootstrapServers, topic, filename);
    }
}
