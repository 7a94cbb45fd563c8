package io.ledgerlint.report.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.report.events.EventRecorder;
import io.ledgerlint.report.feed.FindingChange;
import io.ledgerlint.report.feed.FindingChanges;
import io.ledgerlint.report.persistence.FindingChangesQuery;
import io.ledgerlint.testsupport.KafkaTestResource;
import io.ledgerlint.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The findings feed as read from the database, its documents recorded straight through the EventRecorder. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class FindingChangesQueryTest {

    @Inject
    EventRecorder recorder;

    @Inject
    FindingChangesQuery feed;

    @Inject
    DataSource dataSource;

    private TestEvents validated(String filename) {
        TestEvents doc = new TestEvents(filename);
        QuarkusTransaction.requiringNew().run(() -> {
            recorder.received(doc.received());
            recorder.findingsProduced(doc.findings("合计不符"));
        });
        return doc;
    }

    /** A cursor past every change made so far (other tests share the database). */
    private Instant latestCursor() {
        FindingChanges page = feed.since(Instant.EPOCH, 1000);
        while (page.hasMore()) {
            page = feed.since(page.next(), 1000);
        }
        return page.next();
    }

    private static FindingChange entryFor(FindingChanges page, String documentId) {
        return page.changes().stream().filter(c -> c.documentId().equals(documentId)).findFirst()
                .orElseThrow(() -> new AssertionError(documentId + " not in " + page.changes()));
    }

    @Test
    void everyReplacementIsOneEntryWithTheDocumentsWholeFindingsInStoredOrder() {
        Instant start = latestCursor();
        TestEvents doc = validated("feed-query.pdf");

        FindingChanges first = feed.since(start, 1000);
        FindingChange entry = entryFor(first, doc.documentId);
        assertThat(entry.filename()).isEqualTo("feed-query.pdf");
        assertThat(entry.sha256()).isEqualTo(doc.sha256);
        assertThat(entry.status()).isEqualTo(DocumentStatus.VALIDATED);
        assertThat(entry.catalogueVersion()).isEqualTo("2024.1");
        assertThat(entry.validatedAt()).isEqualTo(doc.receivedAt.plusSeconds(10));
        assertThat(entry.findings()).isEqualTo(doc.findings("合计不符").findings());

        QuarkusTransaction.requiringNew().run(() -> recorder.findingsProduced(new FindingsProduced(1, doc.documentId,
                doc.sha256, "2024.2", List.<Finding>of(), doc.receivedAt.plusSeconds(60))));
        FindingChange cleared = entryFor(feed.since(first.next(), 1000), doc.documentId);
        assertThat(cleared.findings()).isEmpty();
        assertThat(cleared.catalogueVersion()).isEqualTo("2024.2");
        assertThat(cleared.changedAt()).isAfter(entry.changedAt());
    }

    @Test
    void aPageKeepsTheChangesOfOneInstantTogether() {
        Instant start = latestCursor();
        TestEvents a = new TestEvents("same-instant-a.pdf");
        TestEvents b = new TestEvents("same-instant-b.pdf");
        // one transaction: both findings sets carry its start time
        QuarkusTransaction.requiringNew().run(() -> {
            recorder.findingsProduced(a.findings("甲"));
            recorder.findingsProduced(b.findings("乙"));
        });

        FindingChanges page = feed.since(start, 1);
        assertThat(page.changes()).extracting(FindingChange::documentId)
                .containsExactlyInAnyOrder(a.documentId, b.documentId);
        assertThat(page.changes().get(0).changedAt()).isEqualTo(page.changes().get(1).changedAt())
                .isEqualTo(page.next());
    }

    @Test
    void theCursorStopsBeforeTheOldestOpenTransaction() throws SQLException {
        Instant start = latestCursor();
        FindingChanges page;
        TestEvents doc;
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            Instant openedAt = transactionStart(open);
            doc = validated("after-the-open-transaction.pdf");

            page = feed.since(start, 1000);
            assertThat(page.next()).isBefore(openedAt);
            assertThat(page.changes()).extracting(FindingChange::documentId).doesNotContain(doc.documentId);
            open.rollback();
        }
        assertThat(feed.since(page.next(), 1000).changes()).extracting(FindingChange::documentId)
                .contains(doc.documentId);
    }

    private static Instant transactionStart(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select xact_start from pg_stat_activity where pid = pg_backend_pid()")) {
            result.next();
            return result.getObject(1, OffsetDateTime.class).toInstant();
        }
    }
}
