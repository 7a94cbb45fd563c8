package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.report.lifecycle.DocumentProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Writes of the event handlers. Every method runs inside the handler's transaction, after {@link #lockOrCreate}
 * took the document's row lock, so handlers of different topics for the same document run one after the other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DocumentStore {

    private final EntityManager entityManager;

    public DocumentStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A document row locked for the current transaction and its progress before the event at hand. */
    public record LockedDocument(DocumentRecord document, DocumentProgress progress) {
    }

    /**
     * Creates the document's row unless it exists (an upsert, so concurrent first events cannot collide), then locks
     * it with SELECT … FOR UPDATE.
     */
    public LockedDocument lockOrCreate(String documentId) {
        int created = entityManager.createNativeQuery("""
                insert into documents (document_id, status, created_at, updated_at)
                values (:id, :status, now(), now())
                on conflict (document_id) do nothing""")
                .setParameter("id", documentId)
                .setParameter("status", DocumentStatus.RECEIVED.name())
                .executeUpdate();
        DocumentRecord document = entityManager.find(DocumentRecord.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        return new LockedDocument(document, created == 1 ? DocumentProgress.UNKNOWN : document.progress());
    }

    /** Adds the history entry unless the same event (document, status, time) was recorded before. */
    public void recordHistoryOnce(String documentId, DocumentStatus status, String stage, String detail, Instant at) {
        if (StatusHistoryEntry.count("documentId = ?1 and status = ?2 and at = ?3", documentId, status, at) > 0) {
            return;
        }
        StatusHistoryEntry entry = new StatusHistoryEntry();
        entry.documentId = documentId;
        entry.status = status;
        entry.stage = stage;
        entry.detail = detail;
        entry.at = at;
        entry.persist();
    }

    public void replaceExtraction(String documentId, TablesExtracted extraction, Instant extractedAt) {
        ExtractionRecord record = ExtractionRecord.findById(documentId);
        if (record == null) {
            record = new ExtractionRecord();
            record.documentId = documentId;
        }
        record.payload = extraction;
        record.extractedAt = extractedAt;
        record.persist();
    }

    public void replaceFindings(String documentId, FindingsProduced produced, Instant storedAt) {
        FindingRecord.delete("documentId", documentId);
        List<FindingsProduced.Finding> findings = produced.findings() == null ? List.of() : produced.findings();
        for (int position = 0; position < findings.size(); position++) {
            FindingRecord.of(documentId, position, findings.get(position), produced.catalogueVersion(), storedAt)
                    .persist();
        }
    }
}
