package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One pipeline event seen for a document: which stage reported what, when. */
@Entity
@Table(name = "document_status_history")
public class StatusHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    @Enumerated(EnumType.STRING)
    public DocumentStatus status;
    public String stage;
    public String detail;
    public Instant at;
}
