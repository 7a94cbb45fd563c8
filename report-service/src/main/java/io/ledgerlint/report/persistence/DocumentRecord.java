package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.report.lifecycle.DocumentProgress;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document as far as the events seen so far tell; rows are created by {@link DocumentStore#lockOrCreate}. */
@Entity
@Table(name = "documents")
public class DocumentRecord extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;

    public String filename;
    public String sha256;
    @Column(name = "size_bytes")
    public Long sizeBytes;
    public String source;
    @Column(name = "blob_uri")
    public String blobUri;

    @Enumerated(EnumType.STRING)
    public DocumentStatus status;
    @Column(name = "error_code")
    public String errorCode;
    @Column(name = "error_message")
    public String errorMessage;
    @Column(name = "failed_at")
    public Instant failedAt;
    /** The newest submission time (DocumentReceived.receivedAt); null until one arrives. */
    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "page_count")
    public Integer pageCount;
    public String title;
    public String department;
    @Column(name = "report_year")
    public Integer reportYear;
    /** extractedAt of the stored extraction. */
    @Column(name = "extracted_at")
    public Instant extractedAt;
    /** validatedAt of the stored findings. */
    @Column(name = "validated_at")
    public Instant validatedAt;
    @Column(name = "catalogue_version")
    public String catalogueVersion;
    /** When the findings set was last replaced; kept by a trigger (migration V2), the findings feed's cursor. */
    @Column(name = "findings_changed_at", insertable = false, updatable = false)
    public Instant findingsChangedAt;

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * When the document came in, as users see it: the newest submission, or for a file rejected at the door (no
     * DocumentReceived ever exists for it) when its rejection was recorded.
     */
    public Instant receivedOrRecordedAt() {
        return receivedAt != null ? receivedAt : createdAt;
    }

    /**
     * The human-readable reason of a FAILED or REJECTED document, e.g. "not-pdf: the file does not start with %PDF-";
     * null when the document has no error.
     */
    public String failureReason() {
        if (errorCode == null) {
            return null;
        }
        return errorMessage == null || errorMessage.isBlank() ? errorCode : errorCode + ": " + errorMessage;
    }

    public DocumentProgress progress() {
        return new DocumentProgress(status, receivedAt, failedAt);
    }

    public void moveTo(DocumentProgress progress) {
        status = progress.status();
        receivedAt = progress.submittedAt();
        failedAt = progress.failedAt();
        if (failedAt == null) {
            errorCode = null;
            errorMessage = null;
        }
    }

    /** Runs only when a flush finds the row changed, so a redelivered event leaves updatedAt alone. */
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
