package io.ledgerlint.report.persistence;

import io.ledgerlint.contracts.events.DocumentStatus;
import java.util.List;
import java.util.Map;

/**
 * The whole batch in numbers, for the overview's summary.
 *
 * @param byStatus         documents per status, in the order of the status names
 * @param failingRules     the rules with the most error and warning findings, most first (value: findings)
 * @param errorDepartments the departments with the most error findings, most first (value: errors; label null for
 *                         documents that name no department)
 */
public record BatchCounts(Map<DocumentStatus, Long> byStatus, List<Tally> failingRules,
        List<Tally> errorDepartments) {

    public record Tally(String label, long count) {
    }

    public long documents() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
