package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.report.feed.ChangeWindow;
import io.ledgerlint.report.feed.FindingChange;
import io.ledgerlint.report.feed.FindingChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the findings feed (GET /api/findings/changes). */
@ApplicationScoped
public class FindingChangesQuery {

    /** Start of the oldest transaction open in this database (this statement's own counts too, so never null). */
    private static final String HORIZON = """
            select min(xact_start) from pg_stat_activity where datname = current_database()""";

    private final EntityManager entityManager;

    public FindingChangesQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Outside any transaction, so that every statement commits on its own: the horizon must be read in a statement of
     * its own, before the statements that read the changes (see {@link ChangeWindow} and migration V2).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public FindingChanges since(Instant since, int limit) {
        Instant horizon = (Instant) entityManager.createNativeQuery(HORIZON, Instant.class).getSingleResult();
        List<Instant> times = entityManager.createQuery("""
                        select d.findingsChangedAt from DocumentRecord d
                        where d.findingsChangedAt > :since and d.findingsChangedAt < :horizon
                        order by d.findingsChangedAt, d.documentId""", Instant.class)
                .setParameter("since", since)
                .setParameter("horizon", horizon)
                .setMaxResults(limit + 1)
                .getResultList();
        ChangeWindow window = ChangeWindow.of(since, horizon, limit, times);
        return new FindingChanges(since, window.next(), window.hasMore(), changes(since, window.upTo()));
    }

    /**
     * Columns, not entities: a caller paging through the feed in one session would otherwise get back the documents
     * it already read with the state they had then.
     */
    private List<FindingChange> changes(Instant since, Instant upTo) {
        List<Object[]> documents = entityManager.createQuery("""
                        select d.documentId, d.filename, d.sha256, d.status, d.catalogueVersion, d.validatedAt,
                               d.findingsChangedAt
                        from DocumentRecord d where d.findingsChangedAt > :since and d.findingsChangedAt <= :upTo
                        order by d.findingsChangedAt, d.documentId""", Object[].class)
                .setParameter("since", since)
                .setParameter("upTo", upTo)
                .getResultList();
        if (documents.isEmpty()) {
            return List.of();
        }
        Map<String, List<Finding>> findings = entityManager.createQuery(
                        "from FindingRecord f where f.documentId in :ids order by f.documentId, f.position",
                        FindingRecord.class)
                .setParameter("ids", documents.stream().map(d -> (String) d[0]).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(f -> f.documentId,
                        Collectors.mapping(FindingRecord::toFinding, Collectors.toList())));
        return documents.stream()
                .map(d -> new FindingChange((String) d[0], (String) d[1], (String) d[2], (DocumentStatus) d[3],
                        (String) d[4], (Instant) d[5], (Instant) d[6], findings.getOrDefault((String) d[0], List.of())))
                .toList();
    }
}
