package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.report.findings.FindingCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads for the API and the HTML pages. */
@ApplicationScoped
public class DocumentQueries {

    private final EntityManager entityManager;

    public DocumentQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public DocumentPage page(int page, int size) {
        List<DocumentRecord> documents = DocumentRecord
                .<DocumentRecord>find("from DocumentRecord order by coalesce(receivedAt, createdAt) desc, documentId")
                .page(page, size)
                .list();
        Map<String, FindingCounts> counts = findingCounts(documents.stream().map(d -> d.documentId).toList());
        List<DocumentSummary> items = documents.stream()
                .map(d -> new DocumentSummary(d.documentId, d.filename, d.status, d.receivedOrRecordedAt(),
                        counts.getOrDefault(d.documentId, FindingCounts.NONE)))
                .toList();
        return new DocumentPage(items, page, size, DocumentRecord.count());
    }

    public Optional<DocumentRecord> document(String documentId) {
        return DocumentRecord.findByIdOptional(documentId);
    }

    public FindingCounts findingCounts(String documentId) {
        return findingCounts(List.of(documentId)).getOrDefault(documentId, FindingCounts.NONE);
    }

    public Optional<ExtractionRecord> extraction(String documentId) {
        return ExtractionRecord.findByIdOptional(documentId);
    }

    public List<FindingRecord> findings(String documentId) {
        return FindingRecord.list("documentId = ?1 order by position", documentId);
    }

    public List<StatusHistoryEntry> history(String documentId) {
        return StatusHistoryEntry.list("documentId = ?1 order by at, id", documentId);
    }

    private Map<String, FindingCounts> findingCounts(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery("""
                select f.documentId, f.severity, count(f) from FindingRecord f
                where f.documentId in :ids group by f.documentId, f.severity""", Object[].class)
                .setParameter("ids", documentIds)
                .getResultList();
        Map<String, Map<Severity, Long>> bySeverity = new HashMap<>();
        for (Object[] row : rows) {
            bySeverity.computeIfAbsent((String) row[0], id -> new EnumMap<>(Severity.class))
                    .put(Severity.fromWireName((String) row[1]), (Long) row[2]);
        }
        Map<String, FindingCounts> counts = new HashMap<>();
        bySeverity.forEach((id, severities) -> counts.put(id, FindingCounts.of(severities)));
        return counts;
    }
}
