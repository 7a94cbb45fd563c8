package io.ledgerlint.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.domain.blob.LocalFolderBlobStore;
import io.ledgerlint.domain.pdf.PageTreeDepth;
import io.ledgerlint.ingest.HostilePdfs;
import io.ledgerlint.ingest.TestPdfs;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private static final long MAX_BYTES = 100L * 1024 * 1024;

    @TempDir
    Path work;
    private Path blobRoot;
    private Intake intake;

    @BeforeEach
    void setUp() {
        blobRoot = work.resolve("blobs");
        intake = intakeWithLimit(MAX_BYTES);
    }

    private Intake intakeWithLimit(long maxBytes) {
        return new Intake(new LocalFolderBlobStore(blobRoot), maxBytes, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void acceptsARealDisclosureAndStoresItUnderItsSha256() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-000");
        String sha256 = TestPdfs.sha256(document);

        IntakeResult result = intake.receive(document, "企业服务局2024决算.pdf", Source.INBOX);

        assertThat(result).isInstanceOf(IntakeResult.Accepted.class);
        DocumentReceived event = ((IntakeResult.Accepted) result).event();
        assertThat(event.sha256()).isEqualTo(sha256);
        assertThat(event.documentId()).isEqualTo(sha256.substring(0, 16));
        assertThat(event.filename()).isEqualTo("企业服务局2024决算.pdf");
        assertThat(event.sizeBytes()).isEqualTo(Files.size(document));
        assertThat(event.mediaType()).isEqualTo("application/pdf");
        assertThat(event.source()).isEqualTo("inbox");
        assertThat(event.receivedAt()).isEqualTo(NOW);
        assertThat(event.schemaVersion()).isEqualTo(DocumentReceived.SCHEMA_VERSION);
        Path blob = Path.of(URI.create(event.blobUri()));
        assertThat(blob).startsWith(blobRoot.toAbsolutePath());
        assertThat(TestPdfs.sha256(blob)).isEqualTo(sha256);
        assertThat(document).exists();
    }

    @Test
    void theSameBytesUnderAnotherNameAreTheSameDocumentStoredOnce() throws IOException {
        Path original = TestPdfs.corpusDocument("doc-003");
        Path copy = Files.copy(original, work.resolve("renamed.pdf"));

        IntakeResult first = intake.receive(original, "document.pdf", Source.INBOX);
        IntakeResult second = intake.receive(copy, "renamed.pdf", Source.UPLOAD);

        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(((IntakeResult.Accepted) second).event().blobUri())
                .isEqualTo(((IntakeResult.Accepted) first).event().blobUri());
        try (Stream<Path> files = Files.walk(blobRoot)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        DocumentFailed event = rejected(Files.createFile(work.resolve("empty.pdf")), ErrorCode.EMPTY_FILE);

        assertThat(event.errorCode()).isEqualTo(ErrorCode.EMPTY_FILE.code());
        assertThat(event.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(event.documentId()).isEqualTo("e3b0c44298fc1c14");
        assertThat(event.filename()).isEqualTo("empty.pdf");
        assertThat(event.stage()).isEqualTo("ingest");
        assertThat(event.status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(event.message()).contains("empty");
    }

    @Test
    void rejectsAFileOverTheSizeLimit() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-000");
        intake = intakeWithLimit(Files.size(document) - 1);

        DocumentFailed event = rejected(document, ErrorCode.TOO_LARGE);

        assertThat(event.errorCode()).isEqualTo(ErrorCode.TOO_LARGE.code());
        assertThat(event.sha256()).isEqualTo(TestPdfs.sha256(document));
    }

    @Test
    void acceptsAFileExactlyAtTheSizeLimit() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-000");
        intake = intakeWithLimit(Files.size(document));

        assertThat(intake.receive(document, "doc.pdf", Source.INBOX)).isInstanceOf(IntakeResult.Accepted.class);
    }

    @Test
    void aListedFileOverTheSizeLimitIsRejectedWithoutFetchingItsBytes() throws IOException {
        ListedFile huge = new ListedFile("huge.pdf", MAX_BYTES + 1, "\"etag-1\"", file -> {
            throw new AssertionError("fetched a file known to be too large");
        });

        IntakeResult result = intake.receiveListed(huge, Source.INBOX);

        assertThat(result).isInstanceOfSatisfying(IntakeResult.Rejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.TOO_LARGE));
        DocumentFailed event = ((IntakeResult.Rejected) result).event();
        assertThat(event.sha256()).as("never read, so its content's sha256 is unknown").isNull();
        assertThat(event.documentId()).matches("[0-9a-f]{16}");
        assertThat(event.filename()).isEqualTo("huge.pdf");
        assertThat(event.status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(intake.receiveListed(huge, Source.INBOX).documentId())
                .as("the same listing, the same id").isEqualTo(event.documentId());
        assertThat(intake.receiveListed(new ListedFile("huge.pdf", MAX_BYTES + 1, "\"etag-2\"", huge.fetch()),
                Source.INBOX).documentId()).as("other content").isNotEqualTo(event.documentId());
    }

    @Test
    void aListedFileWithinTheLimitIsFetchedAndTakenInAsItsBytes() throws IOException {
        Path document = TestPdfs.corpusDocument("doc-003");
        ListedFile listed = new ListedFile("listed.pdf", Files.size(document), "\"any\"",
                file -> Files.copy(document, file, StandardCopyOption.REPLACE_EXISTING));

        IntakeResult result = intake.receiveListed(listed, Source.INBOX);

        assertThat(result).isInstanceOf(IntakeResult.Accepted.class);
        assertThat(((IntakeResult.Accepted) result).event().sha256()).isEqualTo(TestPdfs.sha256(document));
        assertThat(result.documentId()).isEqualTo(intake.receive(document, "listed.pdf", Source.INBOX).documentId());
    }

    @Test
    void rejectsAFileThatIsNotAPdf() throws IOException {
        Path text = Files.writeString(work.resolve("report.pdf"), "部门决算 is a word document, really",
                StandardCharsets.UTF_8);

        assertThat(rejected(text, ErrorCode.NOT_PDF).errorCode()).isEqualTo(ErrorCode.NOT_PDF.code());
    }

    @Test
    void rejectsAPdfHeaderAfterOtherContent() throws IOException {
        Path document = prefixed("<html>", "doc-000");

        rejected(document, ErrorCode.NOT_PDF);
    }

    @Test
    void toleratesWhitespaceAndAByteOrderMarkBeforeTheHeader() throws IOException {
        Path document = prefixed("\uFEFF \r\n", "doc-000");

        assertThat(intake.receive(document, "bom.pdf", Source.UPLOAD)).isInstanceOf(IntakeResult.Accepted.class);
    }

    @Test
    void rejectsATruncatedPdf() throws IOException {
        Path truncated = TestPdfs.truncatedCopy(work.resolve("truncated.pdf"), 60);

        assertThat(rejected(truncated, ErrorCode.UNREADABLE_PDF).message()).contains("truncated");
    }

    @Test
    void rejectsAPdfCutJustBeforeItsEndEvenThoughPdfBoxCouldRepairIt() throws IOException {
        byte[] bytes = Files.readAllBytes(TestPdfs.corpusDocument("doc-000"));
        Path cut = Files.write(work.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, bytes.length - 8));

        rejected(cut, ErrorCode.UNREADABLE_PDF);
    }

    @Test
    void rejectsAPdfWithoutPages() throws IOException {
        Path document = TestPdfs.withoutPages(work.resolve("blank.pdf"));

        assertThat(rejected(document, ErrorCode.UNREADABLE_PDF).message()).contains("no pages");
    }

    @Test
    void rejectsAHeaderWithNothingBehindIt() throws IOException {
        Path document = Files.writeString(work.resolve("stub.pdf"), "%PDF-1.7\n%%EOF\n");

        rejected(document, ErrorCode.UNREADABLE_PDF);
    }

    @Test
    void rejectsAPdfThatNeedsAPassword() throws IOException {
        Path document = TestPdfs.encrypted(work.resolve("locked.pdf"), "user-secret");

        assertThat(rejected(document, ErrorCode.ENCRYPTED_PDF).errorCode()).isEqualTo(ErrorCode.ENCRYPTED_PDF.code());
    }

    @Test
    void acceptsAPdfWithOnlyAnOwnerPasswordBecauseAnyoneCanOpenIt() throws IOException {
        Path document = TestPdfs.encrypted(work.resolve("restricted.pdf"), "");

        assertThat(intake.receive(document, "restricted.pdf", Source.INBOX))
                .isInstanceOf(IntakeResult.Accepted.class);
    }

    @Test
    void rejectsAPageTreeTooDeepForARecursiveReader() throws IOException {
        Path document = HostilePdfs.deepPageTree(work.resolve("deep.pdf"), 50_000);

        assertThat(rejected(document, ErrorCode.TOO_DEEP).message())
                .contains("page tree is more than " + PageTreeDepth.DEFAULT_LIMIT + " levels deep");
    }

    @Test
    void rejectsADeepPageTreeThatPdfBoxWalksRecursivelyWhileLoading() throws IOException {
        Path document = HostilePdfs.deepPageTreeWithoutXref(work.resolve("deep-unindexed.pdf"), 50_000);

        rejected(document, ErrorCode.TOO_DEEP);
    }

    @Test
    void rejectsAPageWhoseParentChainIsTooLongToClimbRecursively() throws IOException {
        Path document = HostilePdfs.deepParentChain(work.resolve("deep-parents.pdf"), 50_000);

        rejected(document, ErrorCode.TOO_DEEP);
    }

    @Test
    void acceptsAPageTreeAsDeepAsTheLimitAndNoDeeper() throws IOException {
        Path atLimit = HostilePdfs.deepPageTree(work.resolve("at-limit.pdf"), PageTreeDepth.DEFAULT_LIMIT);
        Path overLimit = HostilePdfs.deepPageTree(work.resolve("over-limit.pdf"), PageTreeDepth.DEFAULT_LIMIT + 1);

        assertThat(intake.receive(atLimit, "at-limit.pdf", Source.INBOX)).isInstanceOf(IntakeResult.Accepted.class);
        assertThat(intake.receive(overLimit, "over-limit.pdf", Source.INBOX))
                .isInstanceOfSatisfying(IntakeResult.Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.TOO_DEEP));
    }

    @Test
    void survivesContentNestedDeeperThanThePdfParserFollows() throws IOException {
        Path document = HostilePdfs.deeplyNestedContent(work.resolve("nested.pdf"), 100_000);

        // PDFBox stops nesting arrays at 500 levels and skips the rest, so this is harmless to read (and has no text)
        assertThat(intake.receive(document, "nested.pdf", Source.INBOX)).isInstanceOf(IntakeResult.Accepted.class);
    }

    @Test
    void keepsOnlyTheLastSegmentOfTheSendersFileName() throws IOException {
        IntakeResult result = intake.receive(TestPdfs.corpusDocument("doc-000"), "..\\..\\x/../决算.pdf",
                Source.UPLOAD);

        DocumentReceived event = ((IntakeResult.Accepted) result).event();
        assertThat(event.filename()).isEqualTo("决算.pdf");
        assertThat(event.originalFilename()).isEqualTo("..\\\\..\\\\x/../决算.pdf");
    }

    @Test
    void showsANameWithLineBreaksAndNulCleanedAndRecordsItEscaped() throws IOException {
        String sent = "report.pdf\r\n2024-01-01 INFO VALIDATED id=1\0.pdf";

        DocumentFailed event = ((IntakeResult.Rejected) intake.receive(
                Files.writeString(work.resolve("x"), "not a pdf"), sent, Source.UPLOAD)).event();

        assertThat(event.filename()).isEqualTo("report.pdf2024-01-01 INFO VALIDATED id=1.pdf");
        assertThat(event.originalFilename())
                .isEqualTo("report.pdf\\u000D\\u000A2024-01-01 INFO VALIDATED id=1\\u0000.pdf");
    }

    @Test
    void recordsNoOriginalNameWhenTheNameIsShownAsSent() throws IOException {
        IntakeResult result = intake.receive(TestPdfs.corpusDocument("doc-000"), "株洲 2024 决算 (final).pdf",
                Source.UPLOAD);

        DocumentReceived event = ((IntakeResult.Accepted) result).event();
        assertThat(event.filename()).isEqualTo("株洲 2024 决算 (final).pdf");
        assertThat(event.originalFilename()).isNull();
    }

    @Test
    void namesAFileWithoutANameAfterItsId() throws IOException {
        IntakeResult result = intake.receive(TestPdfs.corpusDocument("doc-000"), null, Source.UPLOAD);

        assertThat(((IntakeResult.Accepted) result).event().filename()).isEqualTo(result.documentId() + ".pdf");
        assertThat(((IntakeResult.Accepted) result).event().originalFilename()).isNull();
    }

    private DocumentFailed rejected(Path file, ErrorCode expected) throws IOException {
        IntakeResult result = intake.receive(file, file.getFileName().toString(), Source.INBOX);
        assertThat(result).isInstanceOfSatisfying(IntakeResult.Rejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo(expected));
        assertThat(blobRoot).doesNotExist();
        return ((IntakeResult.Rejected) result).event();
    }

    private Path prefixed(String prefix, String corpusFolder) throws IOException {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] body = Files.readAllBytes(TestPdfs.corpusDocument(corpusFolder));
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return Files.write(work.resolve("prefixed.pdf"), all);
    }
}
