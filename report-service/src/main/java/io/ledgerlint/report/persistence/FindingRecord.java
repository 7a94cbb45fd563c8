package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One finding of a document's latest validation; createdAt feeds "findings changed since". */
@Entity
@Table(name = "findings")
public class FindingRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    /** Order within the FindingsProduced event. */
    public int position;
    @Column(name = "rule_id")
    public String ruleId;
    public String severity;
    public String confidence;
    public String message;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Location> locations;
    public String expected;
    public String actual;
    public String formula;
    @Column(name = "catalogue_version")
    public String catalogueVersion;
    @Column(name = "created_at")
    public Instant createdAt;

    static FindingRecord of(String documentId, int position, Finding finding, String catalogueVersion,
            Instant createdAt) {
        FindingRecord record = new FindingRecord();
        record.documentId = documentId;
        record.position = position;
        record.ruleId = finding.ruleId();
        record.severity = finding.severity();
        record.confidence = finding.confidence();
        record.message = finding.message();
        record.locations = finding.locations() == null ? List.of() : finding.locations();
        record.expected = finding.expected();
        record.actual = finding.actual();
        record.formula = finding.formula();
        record.catalogueVersion = catalogueVersion;
        record.createdAt = createdAt;
        return record;
    }

    public Finding toFinding() {
        return new Finding(ruleId, severity, confidence, message, locations, expected, actual, formula);
    }
}
