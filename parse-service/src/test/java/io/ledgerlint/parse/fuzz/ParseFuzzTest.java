package io.ledgerlint.parse.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.table.TableExtractor;
import io.ledgerlint.testsupport.FuzzSeed;
import io.ledgerlint.testsupport.PdfFuzzRun;
import io.ledgerlint.testsupport.PdfFuzzRun.Bounds;
import io.ledgerlint.testsupport.PdfFuzzRun.CaseResult;
import io.ledgerlint.testsupport.PdfFuzzRun.Verdict;
import io.ledgerlint.testsupport.QuietPdfBox;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mutated PDFs through the parse core, by the entry point the Kafka consumer calls
 * ({@link DocumentParser#parse(DocumentReceived, BlobStore)}): every case must end as a parsed document or a typed
 * rejection, never a thrown exception or error, within bounds of CPU time and allocation. A failure prints the case's
 * seed to replay it ({@link PdfFuzzRun}). The summary goes to standard output and {@code target/fuzz-summary.txt}.
 */
@ExtendWith(QuietPdfBox.class)
class ParseFuzzTest {

    /**
     * The stack is what 64-bit Linux JVMs give a new thread by default, Quarkus' worker threads included. Cases take
     * at most about half a second of CPU; one that spins is stopped at 5 s, one that waits instead at 60 s (generous,
     * since the build machine is shared). Allocation is counted over a case's life, not at once: a clean parse of a
     * whole corpus document allocates about 100 MiB, of an excerpt 3–35 MiB; a mutant that makes the parser allocate
     * several times more is a defect.
     */
    private static final Bounds BOUNDS = new Bounds(1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(60),
            512L * 1024 * 1024);
    /** One case in this many mutates a whole corpus document; the others, ten times cheaper, mutate excerpts. */
    private static final int WHOLE_DOCUMENT_ONE_IN = 100;
    /**
     * The production limits except for pages: at most 100 (the seeds have up to 40), so that the time bound holds for
     * a document whose page tree lists far more pages than it says.
     */
    private static final ParseLimits LIMITS = new ParseLimits(100, ParseLimits.DEFAULT.maxFileBytes(),
            ParseLimits.DEFAULT.maxMainMemoryBytes(), ParseLimits.DEFAULT.budgets());
    private static final DocumentParser PARSER = new DocumentParser(LIMITS, new TableExtractor()::extract,
            Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void everyMutantEndsParsedOrRejectedWithinBounds() throws Exception {
        PdfFuzzRun<ParseOutcome> fuzz = new PdfFuzzRun<>("parse fuzz", Path.of("target", "fuzz-summary.txt"),
                "./mvnw -pl parse-service test -Dtest=ParseFuzzTest", BOUNDS,
                fuzzCase -> PARSER.parse(received(fuzzCase.bytes().length), holding(fuzzCase.bytes())),
                ParseFuzzTest::verdict);
        // Standard tables, a table continued on the next page, a 绩效 attachment table; two with decoded content.
        List<FuzzSeed> excerpts = List.of(
                FuzzSeed.excerpt("doc-000", false, 7),
                FuzzSeed.excerpt("doc-000", false, 12, 13),
                FuzzSeed.excerpt("doc-000", false, 33),
                FuzzSeed.excerpt("doc-000", true, 8),
                FuzzSeed.excerpt("doc-003", false, 5),
                FuzzSeed.excerpt("doc-003", false, 11, 12),
                FuzzSeed.excerpt("doc-003", false, 31),
                FuzzSeed.excerpt("doc-003", true, 7));
        List<FuzzSeed> documents = List.of(FuzzSeed.document("doc-000"), FuzzSeed.document("doc-003"));
        List<FuzzSeed> all = new ArrayList<>(excerpts);
        all.addAll(documents);
        for (FuzzSeed seed : all) {
            CaseResult clean = fuzz.runUnmutated(seed);
            assertThat(clean.outcome()).as("unmutated seed %s: %s", seed.name(), clean.failure()).isEqualTo("parsed");
        }

        List<CaseResult> results = fuzz.runMutants(documents, excerpts, WHOLE_DOCUMENT_ONE_IN);

        List<CaseResult> failed = PdfFuzzRun.failed(results);
        assertThat(failed.size()).as("cases that did not end parsed or rejected within bounds:%n%s",
                fuzz.describe(failed)).isZero();
        if (!PdfFuzzRun.REPLAYING) {
            // Mutants that all parse, or all fail, would mean the mutations miss or the seeds are broken.
            assertThat(results).extracting(CaseResult::outcome).contains("parsed")
                    .anyMatch(outcome -> outcome.startsWith("rejected "));
        }
    }

    private static Verdict verdict(ParseOutcome outcome) {
        if (outcome instanceof ParseOutcome.Rejected rejected) {
            return new Verdict("rejected " + rejected.errorCode().code(), rejected.message(), null);
        }
        return new Verdict("parsed", null, null);
    }

    private static DocumentReceived received(long size) {
        return new DocumentReceived(DocumentReceived.SCHEMA_VERSION, "0123456789abcdef", "0".repeat(64),
                "fuzz.pdf", size, "application/pdf", "memory:fuzz", "test", Instant.EPOCH);
    }

    /** A blob store that holds just this one document, in memory. */
    private static BlobStore holding(byte[] bytes) {
        return new BlobStore() {
            @Override
            public URI put(String sha256, Path file) {
                throw new UnsupportedOperationException("the fuzz test only reads");
            }

            @Override
            public InputStream open(URI uri) {
                return new ByteArrayInputStream(bytes);
            }
        };
    }
}
