package io.ledgerlint.report.view;

import java.util.Map;

/**
 * The whole batch at a glance.
 *
 * @param byStatus    number of documents per status name
 * @param failingRules the rules with the most error/warning findings (value: findings)
 * @param departments  the departments with the most error findings (value: errors)
 */
public record BatchSummary(long documents, Map<String, Long> byStatus, BarChart failingRules, BarChart departments) {
}
