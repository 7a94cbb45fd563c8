package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.report.persistence.BatchCounts;
import io.ledgerlint.report.persistence.BatchCounts.Tally;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The whole batch at a glance.
 *
 * @param byStatus     number of documents per status
 * @param failingRules the rules with the most error/warning findings (value: findings)
 * @param departments  the departments with the most error findings (value: errors), each linking to its documents
 *                     with errors
 */
public record BatchSummary(long documents, Map<DocumentStatus, Long> byStatus, BarChart failingRules,
        BarChart departments) {

    /** The label of documents that name no department. */
    static final String NO_DEPARTMENT = "—";

    public static BatchSummary of(BatchCounts counts) {
        return new BatchSummary(counts.documents(), counts.byStatus(),
                BarChart.of(counts.failingRules().stream()
                        .map(rule -> new BarChart.Item(rule.label(), rule.count(), null)).toList()),
                BarChart.of(counts.errorDepartments().stream().map(BatchSummary::department).toList()));
    }

    private static BarChart.Item department(Tally department) {
        if (department.label() == null || department.label().isEmpty()) {
            return new BarChart.Item(NO_DEPARTMENT, department.count(), null);
        }
        return new BarChart.Item(department.label(), department.count(),
                "/?severity=error&q=" + URLEncoder.encode(department.label(), StandardCharsets.UTF_8));
    }
}
