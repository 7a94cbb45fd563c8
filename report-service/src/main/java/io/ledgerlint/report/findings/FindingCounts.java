package io.ledgerlint.report.findings;

import io.ledgerlint.contracts.events.Severity;
import java.util.Map;

/** How many findings of each severity a document has. */
public record FindingCounts(long error, long warning, long info) {

    public static final FindingCounts NONE = new FindingCounts(0, 0, 0);

    public static FindingCounts of(Map<Severity, Long> bySeverity) {
        return new FindingCounts(
                bySeverity.getOrDefault(Severity.ERROR, 0L),
                bySeverity.getOrDefault(Severity.WARNING, 0L),
                bySeverity.getOrDefault(Severity.INFO, 0L));
    }

    public long total() {
        return error + warning + info;
    }
}
