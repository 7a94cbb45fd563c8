package io.ledgerlint.parse.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import io.ledgerlint.parse.corpus.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Unusable input is rejected with the error code of ARCHITECTURE.md; usable input is read. */
class DocumentParserTest {

    private static final Path CORPUS_PDF = Corpus.pdf(Corpus.document("doc-000"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final DocumentParser parser = parser(ParseLimits.DEFAULT);

    @Test
    void readsPagesAndSectionsOfAGoodDocument() throws IOException {
        ParseOutcome outcome = parser.parse(received("document.pdf"), CORPUS_PDF);

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        var extraction = ((ParseOutcome.Parsed) outcome).extraction();
        assertThat(extraction.documentId()).isEqualTo("0123456789abcdef");
        assertThat(extraction.pageCount()).isEqualTo(40);
        assertThat(extraction.pages()).hasSize(40);
        assertThat(extraction.pages().get(6).page()).isEqualTo(7);
        assertThat(extraction.pages().get(6).text()).contains("收入支出决算总表");
        assertThat(extraction.sections()).isNotEmpty();
        assertThat(extraction.extractedAt()).isEqualTo(CLOCK.instant());
    }

    @ParameterizedTest
    @MethodSource("io.ledgerlint.parse.corpus.Corpus#documents")
    void readsTheCoverTitleOfEveryCorpusDocument(Path folder) throws IOException {
        ParseOutcome outcome = parser.parse(received("document.pdf"), Corpus.pdf(folder));

        StringBuilder cover = new StringBuilder();
        Corpus.truth(folder).get("cover").forEach(line -> cover.append(line.asText()));
        assertThat(((ParseOutcome.Parsed) outcome).extraction().title().replaceAll("\\s+", ""))
                .isEqualTo(cover.toString().replaceAll("\\s+", ""));
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        assertRejected(Files.write(temp.resolve("empty.pdf"), new byte[0]), ErrorCode.EMPTY_FILE);
    }

    @Test
    void rejectsATextFile() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.pdf"), "not a PDF at all\n".repeat(20), StandardCharsets.UTF_8);
        assertRejected(text, ErrorCode.NOT_PDF);
    }

    @Test
    void rejectsATruncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS_PDF);
        Path truncated = Files.write(temp.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        assertRejected(truncated, ErrorCode.UNREADABLE_PDF);
    }

    @Test
    void rejectsGarbageAfterAValidHeader() throws IOException {
        Path garbage = Files.writeString(temp.resolve("garbage.pdf"), "%PDF-1.7\n" + "x".repeat(5000) + "\n%%EOF\n");
        assertRejected(garbage, ErrorCode.UNREADABLE_PDF);
    }

    @Test
    void rejectsADocumentThatNeedsAPassword() throws IOException {
        assertRejected(TestPdfs.encrypted(temp.resolve("locked.pdf"), "user-secret"), ErrorCode.ENCRYPTED_PDF);
    }

    @Test
    void readsADocumentEncryptedOnlyAgainstPrintingAndCopying() throws IOException {
        ParseOutcome outcome = parser.parse(received("restricted.pdf"), TestPdfs.encrypted(temp.resolve("r.pdf"), ""));

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).extraction().pages().get(0).text()).contains("Final accounts");
    }

    @Test
    void rejectsAScan() throws IOException {
        assertRejected(TestPdfs.scanned(temp.resolve("scan.pdf"), 3), ErrorCode.NO_TEXT_LAYER);
    }

    @Test
    void rejectsTextWhoseFontsHaveNoUnicodeMapping() throws IOException {
        assertRejected(TestPdfs.withoutUnicodeMaps(CORPUS_PDF, temp.resolve("garbled.pdf")), ErrorCode.GARBLED_TEXT);
    }

    @Test
    void rejectsMorePagesThanTheLimit() throws IOException {
        ParseOutcome outcome = parser(new ParseLimits(39, ParseLimits.DEFAULT.maxFileBytes(),
                ParseLimits.DEFAULT.maxMainMemoryBytes(), ParseLimits.DEFAULT.budgets()))
                .parse(received("long.pdf"), CORPUS_PDF);

        assertThat(outcome).isEqualTo(new ParseOutcome.Rejected(ErrorCode.TOO_MANY_PAGES,
                "the document has 40 pages, more than the limit of 39"));
    }

    @Test
    void rejectsAFileLargerThanTheLimit() throws IOException {
        ParseOutcome outcome = parser(new ParseLimits(2000, 1000, ParseLimits.DEFAULT.maxMainMemoryBytes(),
                ParseLimits.DEFAULT.budgets()))
                .parse(received("big.pdf"), CORPUS_PDF);

        assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) outcome).errorCode()).isEqualTo(ErrorCode.TOO_LARGE);
    }

    private void assertRejected(Path file, ErrorCode expected) throws IOException {
        ParseOutcome outcome = parser.parse(received(file.getFileName().toString()), file);
        assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) outcome).errorCode()).isEqualTo(expected);
        assertThat(((ParseOutcome.Rejected) outcome).message()).isNotBlank();
    }

    /** Tables are not this test's concern: none are looked for. */
    private static DocumentParser parser(ParseLimits limits) {
        return new DocumentParser(limits, (pages, perPage) -> List.of(), CLOCK);
    }

    private static DocumentReceived received(String filename) {
        return new DocumentReceived(DocumentReceived.SCHEMA_VERSION, "0123456789abcdef",
                "0123456789abcdef".repeat(4), filename, 1, "application/pdf", "file:///unused", "upload", CLOCK.instant());
    }
}
