package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest extraction of a document, kept whole: the tables API and the report read it as one piece. */
@Entity
@Table(name = "extractions")
public class ExtractionRecord extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;
    @JdbcTypeCode(SqlTypes.JSON)
    public TablesExtracted payload;
    @Column(name = "extracted_at")
    public Instant extractedAt;
}
