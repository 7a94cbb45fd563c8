package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.BatchCounts.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads for the API, the pages and the exports. A document comes with its finding counts from the same query, so
 * listings filter and sort by them in the database.
 */
@ApplicationScoped
public class DocumentQueries {

    /** How many rules and departments the batch summary names. */
    static final int TOP = 10;

    private static final String ERRORS = "count(f) filter (where f.severity = :error)";
    private static final String WARNINGS = "count(f) filter (where f.severity = :warning)";
    private static final String INFOS = "count(f) filter (where f.severity = :info)";
    private static final String WITH_COUNTS = "select d, " + ERRORS + ", " + WARNINGS + ", " + INFOS
            + " from DocumentRecord d left join FindingRecord f on f.documentId = d.documentId";

    private final EntityManager entityManager;

    public DocumentQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of the documents {@code selection} selects, in its order. */
    public DocumentPage page(DocumentSelection selection, int page, int size) {
        Where where = Where.of(selection);
        TypedQuery<Object[]> rows = withCounts(where, selection)
                .setFirstResult((int) Math.min((long) page * size, Integer.MAX_VALUE))
                .setMaxResults(size);
        List<DocumentSummary> items = rows.getResultList().stream()
                .map(row -> DocumentSummary.of((DocumentRecord) row[0], counts(row))).toList();
        TypedQuery<Long> total = entityManager.createQuery("select count(d) from DocumentRecord d" + where.clause(),
                Long.class);
        where.bind(total);
        return new DocumentPage(items, page, size, total.getSingleResult());
    }

    /** Every document, newest submission first. */
    public List<DocumentSummary> everyDocument() {
        return withCounts(Where.NONE, DocumentSelection.NEWEST_FIRST).getResultList()
                .stream().map(row -> DocumentSummary.of((DocumentRecord) row[0], counts(row))).toList();
    }

    public Optional<DocumentDetails> document(String documentId) {
        Where where = new Where(" where d.documentId = :id", Map.of("id", documentId));
        return withCounts(where, DocumentSelection.NEWEST_FIRST).getResultList().stream()
                .map(row -> DocumentDetails.of((DocumentRecord) row[0], counts(row))).findFirst();
    }

    /** The stored extraction; empty until the document was parsed. */
    public Optional<TablesExtracted> extraction(String documentId) {
        return Optional.ofNullable(entityManager.find(ExtractionRecord.class, documentId)).map(e -> e.payload);
    }

    /** The findings of the latest validation in their stored order; empty also before any validation. */
    public List<Finding> findings(String documentId) {
        return entityManager.createQuery("from FindingRecord f where f.documentId = :id order by f.position",
                        FindingRecord.class)
                .setParameter("id", documentId)
                .getResultStream().map(FindingRecord::toFinding).toList();
    }

    /** Every stored finding, by document, each document's in their stored order. */
    public List<DocumentFinding> everyFinding() {
        return entityManager.createQuery("from FindingRecord f order by f.documentId, f.position", FindingRecord.class)
                .getResultStream().map(f -> new DocumentFinding(f.documentId, f.toFinding())).toList();
    }

    public BatchCounts batchCounts() {
        Map<DocumentStatus, Long> byStatus = new LinkedHashMap<>();
        entityManager.createQuery("select d.status, count(d) from DocumentRecord d group by d.status order by d.status",
                        Object[].class)
                .getResultList().forEach(row -> byStatus.put((DocumentStatus) row[0], (Long) row[1]));
        List<Tally> rules = tallies(entityManager.createQuery("""
                select f.ruleId, count(f) from FindingRecord f where f.severity in (:error, :warning)
                group by f.ruleId order by count(f) desc, f.ruleId""", Object[].class)
                .setParameter("error", Severity.ERROR.wireName())
                .setParameter("warning", Severity.WARNING.wireName()));
        List<Tally> departments = tallies(entityManager.createQuery("""
                select d.department, count(f) from FindingRecord f join DocumentRecord d on d.documentId = f.documentId
                where f.severity = :error group by d.department order by count(f) desc, d.department""", Object[].class)
                .setParameter("error", Severity.ERROR.wireName()));
        return new BatchCounts(byStatus, rules, departments);
    }

    private TypedQuery<Object[]> withCounts(Where where, DocumentSelection order) {
        TypedQuery<Object[]> query = entityManager.createQuery(
                WITH_COUNTS + where.clause() + " group by d order by " + orderBy(order) + ", d.documentId",
                Object[].class);
        where.bind(query);
        return query.setParameter("error", Severity.ERROR.wireName())
                .setParameter("warning", Severity.WARNING.wireName())
                .setParameter("info", Severity.INFO.wireName());
    }

    private static FindingCounts counts(Object[] row) {
        return new FindingCounts((Long) row[1], (Long) row[2], (Long) row[3]);
    }

    private static List<Tally> tallies(TypedQuery<Object[]> query) {
        return query.setMaxResults(TOP).getResultStream()
                .map(row -> new Tally((String) row[0], (Long) row[1])).toList();
    }

    private static String orderBy(DocumentSelection selection) {
        String by = switch (selection.sort()) {
            case RECEIVED -> "coalesce(d.receivedAt, d.createdAt)";
            case FILENAME -> "d.filename";
            case DEPARTMENT -> "d.department";
            case YEAR -> "d.reportYear";
            case STATUS -> "d.status";
            case ERRORS -> ERRORS;
            case WARNINGS -> WARNINGS;
            case INFO -> INFOS;
        };
        return by + (selection.descending() ? " desc nulls last" : " asc nulls last");
    }

    /** The where clause of a selection and its parameters, only for the conditions the selection sets. */
    private record Where(String clause, Map<String, Object> parameters) {

        static final Where NONE = new Where("", Map.of());

        static Where of(DocumentSelection selection) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (selection.search() != null) {
                conditions.add("(d.filename ilike :search escape '!' or d.department ilike :search escape '!')");
                parameters.put("search", "%" + selection.search().replaceAll("([!%_])", "!$1") + "%");
            }
            if (selection.status() != null) {
                conditions.add("d.status = :status");
                parameters.put("status", selection.status());
            }
            if (selection.severity() != null) {
                conditions.add("exists (select s.id from FindingRecord s where s.documentId = d.documentId"
                        + " and s.severity = :severity)");
                parameters.put("severity", selection.severity().wireName());
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
