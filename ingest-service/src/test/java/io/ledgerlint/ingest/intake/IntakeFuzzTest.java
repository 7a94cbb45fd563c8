package io.ledgerlint.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.testsupport.FuzzSeed;
import io.ledgerlint.testsupport.PdfFuzzRun;
import io.ledgerlint.testsupport.PdfFuzzRun.Bounds;
import io.ledgerlint.testsupport.PdfFuzzRun.CaseResult;
import io.ledgerlint.testsupport.PdfFuzzRun.Verdict;
import io.ledgerlint.testsupport.QuietPdfBox;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated PDFs through ingest's intake ({@link Intake#receive}, where the inbox watcher and the upload endpoint hand
 * over every file): each case must end accepted or rejected with an {@link ErrorCode}, never a thrown exception or
 * error, within a time bound. A failure prints the case's seed to replay it ({@link PdfFuzzRun}). The summary goes to
 * standard output and {@code target/intake-fuzz-summary.txt}.
 */
@ExtendWith(QuietPdfBox.class)
class IntakeFuzzTest {

    /**
     * The stack is what 64-bit Linux JVMs give a new thread by default, the inbox and HTTP worker threads included.
     * Screening reads with PDFBox but extracts nothing: a case takes a few milliseconds of CPU. The CPU bound covers
     * the calling thread only (screening hands the PDF work to threads of its own), and so would an allocation
     * bound, which is why there is none; the wall-clock bound, generous for a shared build machine, covers
     * everything.
     */
    private static final Bounds BOUNDS = new Bounds(1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(30),
            Long.MAX_VALUE);
    /** One case in this many mutates a whole corpus document, the others an excerpt of a few pages. */
    private static final int WHOLE_DOCUMENT_ONE_IN = 10;
    /** The production size limit; accepted files are not kept. */
    private static final Intake INTAKE = new Intake(new DiscardingBlobStore(), 100L * 1024 * 1024,
            Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));

    @TempDir
    static Path work;

    @Test
    void everyMutantIsAcceptedOrRejectedWithACode() throws Exception {
        PdfFuzzRun<IntakeResult> fuzz = new PdfFuzzRun<>("intake fuzz", Path.of("target", "intake-fuzz-summary.txt"),
                "./mvnw -pl ingest-service test -Dtest=IntakeFuzzTest", BOUNDS, fuzzCase -> {
                    Path file = Files.write(work.resolve("case-" + fuzzCase.seed() + ".pdf"), fuzzCase.bytes());
                    try {
                        return INTAKE.receive(file, "fuzz.pdf", Source.UPLOAD);
                    } finally {
                        Files.delete(file);
                    }
                }, IntakeFuzzTest::verdict);
        List<FuzzSeed> documents = List.of(FuzzSeed.document("doc-000"), FuzzSeed.document("doc-003"));
        // Cover and table pages, a table continued on the next page, the 绩效 attachment tables.
        List<FuzzSeed> excerpts = List.of(FuzzSeed.excerpt("doc-000", false, 1, 7),
                FuzzSeed.excerpt("doc-000", false, 12, 13), FuzzSeed.excerpt("doc-000", false, 31, 33),
                FuzzSeed.excerpt("doc-003", false, 1, 5), FuzzSeed.excerpt("doc-003", false, 11, 12),
                FuzzSeed.excerpt("doc-003", false, 29, 31));
        List<FuzzSeed> all = new ArrayList<>(excerpts);
        all.addAll(documents);
        for (FuzzSeed seed : all) {
            CaseResult clean = fuzz.runUnmutated(seed);
            assertThat(clean.outcome()).as("unmutated seed %s: %s", seed.name(), clean.failure()).isEqualTo("accepted");
        }

        List<CaseResult> results = fuzz.runMutants(documents, excerpts, WHOLE_DOCUMENT_ONE_IN);

        List<CaseResult> failed = PdfFuzzRun.failed(results);
        assertThat(failed.size()).as("cases that did not end accepted or rejected within bounds:%n%s",
                fuzz.describe(failed)).isZero();
        if (!PdfFuzzRun.REPLAYING) {
            // Mutants that were all accepted, or all rejected, would mean the mutations miss or the seeds are broken.
            assertThat(results).extracting(CaseResult::outcome).contains("accepted")
                    .anyMatch(outcome -> outcome.startsWith("rejected "));
        }
    }

    private static Verdict verdict(IntakeResult result) {
        if (result instanceof IntakeResult.Rejected rejected) {
            return rejected.code() == null ? new Verdict("rejected", null, "rejected without a code")
                    : new Verdict("rejected " + rejected.code().code(), rejected.event().message(), null);
        }
        return new Verdict("accepted", null, null);
    }

    /** Accepted files are not kept: only the verdict matters here. */
    private static final class DiscardingBlobStore implements BlobStore {

        @Override
        public URI put(String sha256, Path file) {
            return URI.create("memory:" + sha256);
        }

        @Override
        public InputStream open(URI uri) {
            throw new UnsupportedOperationException("the fuzz test only stores");
        }
    }
}
