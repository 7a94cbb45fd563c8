package io.ledgerlint.report.events;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.DocumentFacts;
import io.ledgerlint.domain.document.DocumentFactsReader;
import io.ledgerlint.domain.text.DisplayNames;
import io.ledgerlint.report.lifecycle.DocumentProgress;
import io.ledgerlint.report.lifecycle.StatusEvent;
import io.ledgerlint.report.persistence.DocumentRecord;
import io.ledgerlint.report.persistence.DocumentStore;
import io.ledgerlint.report.persistence.DocumentStore.LockedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Applies one pipeline event to the stored document. Idempotent: a redelivered event finds its history entry and its
 * timestamps already stored and changes nothing. Stage outputs (extraction, findings) are replaced only by a newer run.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EventRecorder {

    private final DocumentStore store;

    public EventRecorder(DocumentStore store) {
        this.store = store;
    }

    public void received(DocumentReceived event) {
        Instant at = storedPrecision(event.receivedAt());
        LockedDocument locked = apply(event.documentId(), new StatusEvent(DocumentStatus.RECEIVED, at));
        DocumentRecord document = locked.document();
        boolean newestSubmission = at.equals(document.receivedAt);
        if (newestSubmission) {
            document.filename = displayName(event.filename(), event.documentId());
            document.sha256 = event.sha256();
            document.sizeBytes = event.sizeBytes();
            document.source = event.source();
            document.blobUri = event.blobUri();
        }
        store.recordHistoryOnce(event.documentId(), DocumentStatus.RECEIVED, "ingest",
                "received via %s, %d bytes".formatted(event.source(), event.sizeBytes()), at);
    }

    public void tablesExtracted(TablesExtracted event) {
        Instant at = storedPrecision(event.extractedAt());
        DocumentRecord document = apply(event.documentId(), new StatusEvent(DocumentStatus.PARSED, at)).document();
        fillIdentity(document, displayName(event.filename(), event.documentId()), event.sha256());
        if (document.extractedAt == null || at.isAfter(document.extractedAt)) {
            DocumentFacts facts = DocumentFactsReader.of(event);
            document.extractedAt = at;
            document.pageCount = event.pageCount();
            document.title = event.title();
            document.department = facts.department();
            document.reportYear = facts.year();
            store.replaceExtraction(event.documentId(), event, at);
        }
        store.recordHistoryOnce(event.documentId(), DocumentStatus.PARSED, "parse",
                "%d tables, %d sections, %d pages".formatted(size(event.tables()), size(event.sections()),
                        event.pageCount()), at);
    }

    public void findingsProduced(FindingsProduced event) {
        Instant at = storedPrecision(event.validatedAt());
        List<FindingsProduced.Finding> findings = event.findings() == null ? List.of() : event.findings();
        findings.forEach(EventRecorder::requireKnownSeverity);
        DocumentRecord document = apply(event.documentId(), new StatusEvent(DocumentStatus.VALIDATED, at)).document();
        fillIdentity(document, null, event.sha256());
        if (document.validatedAt == null || at.isAfter(document.validatedAt)) {
            document.validatedAt = at;
            document.catalogueVersion = event.catalogueVersion();
            store.replaceFindings(event.documentId(), event, Instant.now());
        }
        store.recordHistoryOnce(event.documentId(), DocumentStatus.VALIDATED, "validate",
                "%d findings (catalogue %s)".formatted(findings.size(), event.catalogueVersion()), at);
    }

    public void failed(DocumentFailed event) {
        if (!DocumentProgress.isFailure(event.status())) {
            throw new IllegalArgumentException("DocumentFailed with status " + event.status());
        }
        Instant at = storedPrecision(event.occurredAt());
        LockedDocument locked = apply(event.documentId(), new StatusEvent(event.status(), at));
        DocumentRecord document = locked.document();
        fillIdentity(document, displayName(event.filename(), event.documentId()), event.sha256());
        if (at.equals(document.failedAt)) {
            document.errorCode = event.errorCode();
            document.errorMessage = event.message();
        }
        store.recordHistoryOnce(event.documentId(), event.status(), event.stage(),
                "%s: %s".formatted(event.errorCode(), event.message()), at);
    }

    private LockedDocument apply(String documentId, StatusEvent event) {
        if (documentId == null || documentId.isBlank()) {
            throw new IllegalArgumentException("event without documentId");
        }
        LockedDocument locked = store.lockOrCreate(documentId);
        locked.document().moveTo(locked.progress().apply(event));
        return locked;
    }

    /** Events that are not DocumentReceived still name the file, which matters when they arrive first. */
    private static void fillIdentity(DocumentRecord document, String filename, String sha256) {
        if (document.filename == null) {
            document.filename = filename;
        }
        if (document.sha256 == null) {
            document.sha256 = sha256;
        }
    }

    /**
     * The name as ingest shows it, made again here: an event may come from another producer than ingest, and the name
     * is shown in the reports and exports. Null stays null, so that a later event can still name the file.
     */
    private static String displayName(String filename, String documentId) {
        return filename == null ? null : DisplayNames.of(filename, documentId + ".pdf");
    }

    private static void requireKnownSeverity(FindingsProduced.Finding finding) {
        try {
            Severity.fromWireName(finding.severity());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("finding " + finding.ruleId() + " has unknown severity "
                    + finding.severity(), e);
        }
    }

    /**
     * PostgreSQL keeps microseconds: comparing a redelivered event's time with the stored one needs the same
     * precision on both sides.
     */
    private static Instant storedPrecision(Instant at) {
        if (at == null) {
            throw new IllegalArgumentException("event without its timestamp");
        }
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
