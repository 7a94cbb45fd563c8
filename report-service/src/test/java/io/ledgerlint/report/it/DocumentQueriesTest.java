package io.ledgerlint.report.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.report.events.EventRecorder;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.BatchCounts;
import io.ledgerlint.report.persistence.BatchCounts.Tally;
import io.ledgerlint.report.persistence.DocumentDetails;
import io.ledgerlint.report.persistence.DocumentPage;
import io.ledgerlint.report.persistence.DocumentQueries;
import io.ledgerlint.report.persistence.DocumentSelection;
import io.ledgerlint.report.persistence.DocumentSelection.SortKey;
import io.ledgerlint.report.persistence.DocumentSummary;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reads of the API, the pages and the exports, against documents recorded straight through the EventRecorder. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DocumentQueriesTest {

    @Inject
    EventRecorder recorder;

    @Inject
    DocumentQueries queries;

    /** In every filename of this test only, so that a search selects this test's documents (the database is shared). */
    String token;
    TestEvents clean;
    TestEvents faulty;
    TestEvents rejected;

    @BeforeEach
    void recordThreeDocuments() {
        token = "dq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        clean = new TestEvents(token + "-clean.pdf");
        faulty = new TestEvents(token + "-faulty.pdf");
        rejected = new TestEvents(token + "-rejected.txt");
        QuarkusTransaction.requiringNew().run(() -> {
            recorder.received(clean.received());
            recorder.received(faulty.received());
            recorder.tablesExtracted(faulty.extracted("商品和服务支出"));
            recorder.findingsProduced(faulty.findings("合计不符"));
            recorder.failed(rejected.failed(DocumentStatus.REJECTED, "ingest", "not-pdf",
                    "the file does not start with %PDF-", rejected.receivedAt));
        });
    }

    private DocumentPage page(String search, DocumentStatus status, Severity severity, SortKey sort,
            boolean descending, int page, int size) {
        return queries.page(new DocumentSelection(search, status, severity, sort, descending), page, size);
    }

    private static List<String> ids(DocumentPage page) {
        return page.items().stream().map(DocumentSummary::documentId).toList();
    }

    @Test
    void aPageCarriesEachDocumentsFindingCountsAndIsSortedByThem() {
        DocumentPage byErrors = page(token, null, null, SortKey.ERRORS, true, 0, 10);

        assertThat(byErrors.total()).isEqualTo(3);
        assertThat(ids(byErrors)).hasSize(3).startsWith(faulty.documentId);
        DocumentSummary summary = byErrors.items().get(0);
        assertThat(summary).isEqualTo(new DocumentSummary(faulty.documentId, faulty.filename,
                DocumentStatus.VALIDATED, faulty.receivedAt, new FindingCounts(1, 1, 1), "北京市某某局", 2023, null));
        assertThat(byErrors.items().stream().filter(d -> !d.documentId().equals(faulty.documentId)))
                .extracting(DocumentSummary::findingCounts).containsOnly(FindingCounts.NONE);
    }

    @Test
    void aDocumentRejectedAtTheDoorIsListedWithItsReasonAndTheTimeItWasRecorded() {
        DocumentSummary summary = page(token, DocumentStatus.REJECTED, null, SortKey.RECEIVED, true, 0, 10).items()
                .get(0);

        assertThat(summary.documentId()).isEqualTo(rejected.documentId);
        assertThat(summary.error()).isEqualTo("not-pdf: the file does not start with %PDF-");
        assertThat(summary.receivedAt()).isNotNull();
        assertThat(queries.everyDocument()).contains(summary);
    }

    @Test
    void searchIsCaseInsensitiveAndTakesLikeWildcardsLiterally() {
        assertThat(page(token.toUpperCase(Locale.ROOT), null, null, SortKey.FILENAME, false, 0, 10).total())
                .isEqualTo(3);
        assertThat(ids(page(token + "-faulty", null, null, SortKey.FILENAME, false, 0, 10)))
                .containsExactly(faulty.documentId);
        // unescaped, "_" and "%" would match the "-" of every filename
        assertThat(page(token + "_clean", null, null, SortKey.FILENAME, false, 0, 10).total()).isZero();
        assertThat(page(token + "%", null, null, SortKey.FILENAME, false, 0, 10).total()).isZero();
    }

    @Test
    void filtersByStatusAndBySeverityOfAnyFinding() {
        assertThat(ids(page(token, DocumentStatus.RECEIVED, null, SortKey.RECEIVED, true, 0, 10)))
                .containsExactly(clean.documentId);
        assertThat(ids(page(token, null, Severity.INFO, SortKey.RECEIVED, true, 0, 10)))
                .containsExactly(faulty.documentId);
    }

    @Test
    void pagesFollowTheSortOrder() {
        assertThat(ids(page(token, null, null, SortKey.FILENAME, false, 0, 10)))
                .containsExactly(clean.documentId, faulty.documentId, rejected.documentId);

        DocumentPage second = page(token, null, null, SortKey.FILENAME, false, 1, 2);
        assertThat(ids(second)).containsExactly(rejected.documentId);
        assertThat(second.total()).isEqualTo(3);
        assertThat(List.of(second.firstRow(), second.lastRow())).containsExactly(3L, 3L);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isFalse();
        assertThat(page(token, null, null, SortKey.FILENAME, false, Integer.MAX_VALUE, 200).items()).isEmpty();
    }

    @Test
    void aDocumentsDetailsFindingsAndExtraction() {
        DocumentDetails details = queries.document(faulty.documentId).orElseThrow();
        assertThat(details.findingCounts()).isEqualTo(new FindingCounts(1, 1, 1));
        assertThat(details.sha256()).isEqualTo(faulty.sha256);
        assertThat(details.title()).isEqualTo("北京市某某局2023年度部门决算");
        assertThat(details.pageCount()).isEqualTo(30);
        assertThat(details.blobUri()).isEqualTo("file:data/blobs/" + faulty.sha256);
        assertThat(details.validated()).isTrue();
        assertThat(details.catalogueVersion()).isEqualTo("2024.1");
        assertThat(details.error()).isNull();

        assertThat(queries.findings(faulty.documentId)).extracting(Finding::ruleId)
                .containsExactly("T06-CLASS-SUM", "DOC-YEAR", "T06-UNIT");
        assertThat(queries.everyFinding()).filteredOn(f -> f.documentId().equals(faulty.documentId))
                .extracting(f -> f.finding().ruleId()).containsExactly("T06-CLASS-SUM", "DOC-YEAR", "T06-UNIT");
        assertThat(queries.extraction(faulty.documentId).orElseThrow().tables()).extracting(t -> t.id())
                .containsExactly("06");

        DocumentDetails failed = queries.document(rejected.documentId).orElseThrow();
        assertThat(List.of(failed.error(), failed.errorCode()))
                .containsExactly("not-pdf: the file does not start with %PDF-", "not-pdf");
        assertThat(failed.validated()).isFalse();
        assertThat(queries.findings(clean.documentId)).isEmpty();
        assertThat(queries.extraction(clean.documentId)).isEmpty();
        assertThat(queries.document("0000000000000000")).isEmpty();
    }

    @Test
    void batchCountsNameTheRulesAndDepartmentsWithTheMostFindings() {
        BatchCounts before = queries.batchCounts();
        long most = Stream.concat(before.failingRules().stream(), before.errorDepartments().stream())
                .mapToLong(Tally::count).max().orElse(0) + 1;
        TestEvents doc = new TestEvents(token + "-batch.pdf");
        String rule = "ZZ-" + token.toUpperCase(Locale.ROOT);
        List<Finding> findings = new ArrayList<>();
        IntStream.range(0, (int) most).forEach(i -> findings.add(new Finding(rule, "error", "high", "错", List.of(),
                null, null, null)));
        findings.add(new Finding("ZZ-INFO-ONLY", "info", "low", "提示", List.of(), null, null, null));
        QuarkusTransaction.requiringNew().run(() -> {
            recorder.received(doc.received());
            recorder.tablesExtracted(doc.extracted("商品", token + "局"));
            recorder.findingsProduced(new FindingsProduced(1, doc.documentId, doc.sha256, "2024.1", findings,
                    doc.receivedAt.plusSeconds(10)));
        });

        BatchCounts after = queries.batchCounts();
        assertThat(after.failingRules()).hasSizeLessThanOrEqualTo(10).first().isEqualTo(new Tally(rule, most));
        assertThat(after.failingRules()).extracting(Tally::label).doesNotContain("ZZ-INFO-ONLY");
        assertThat(after.errorDepartments()).first().isEqualTo(new Tally(token + "局", most));
        assertThat(after.byStatus().get(DocumentStatus.VALIDATED))
                .isEqualTo(before.byStatus().getOrDefault(DocumentStatus.VALIDATED, 0L) + 1);
        assertThat(after.documents()).isEqualTo(before.documents() + 1);
        // the search covers the department too
        assertThat(ids(page(token + "局", null, null, SortKey.RECEIVED, true, 0, 10))).containsExactly(doc.documentId);
    }
}
