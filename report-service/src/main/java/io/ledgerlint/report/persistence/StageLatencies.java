package io.ledgerlint.report.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * How long the recent documents took between the pipeline's steps, from the times their events carry (stored per
 * document): received (ingest) → extracted (parse) → validated (validate). Percentiles over the latest documents that
 * made each step, so the figures follow the current load.
 */
@ApplicationScoped
public class StageLatencies {

    /** One step: documents measured, and the median and 95th percentile in seconds (null without documents). */
    public record StageLatency(String stage, String from, String to, long documents, Double p50Seconds,
            Double p95Seconds) {
    }

    private enum Step {
        PARSE("parse", "received", "extracted", "received_at", "extracted_at"),
        VALIDATE("validate", "extracted", "validated", "extracted_at", "validated_at"),
        PIPELINE("pipeline", "received", "validated", "received_at", "validated_at");

        final String stage;
        final String from;
        final String to;
        final String fromColumn;
        final String toColumn;

        Step(String stage, String from, String to, String fromColumn, String toColumn) {
            this.stage = stage;
            this.from = from;
            this.to = to;
            this.fromColumn = fromColumn;
            this.toColumn = toColumn;
        }
    }

    private final EntityManager entityManager;

    public StageLatencies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Each step over the latest {@code documents} documents that completed it. */
    public List<StageLatency> recent(int documents) {
        return java.util.Arrays.stream(Step.values()).map(step -> measure(step, documents)).toList();
    }

    private StageLatency measure(Step step, int documents) {
        // column names come from the enum above, never from input
        String seconds = "extract(epoch from (" + step.toColumn + " - " + step.fromColumn + "))";
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), percentile_cont(0.5) within group (order by s),
                       percentile_cont(0.95) within group (order by s)
                from (select %s as s from documents where %s is not null and %s is not null order by %s desc limit :n) d
                """.formatted(seconds, step.fromColumn, step.toColumn, step.toColumn))
                .setParameter("n", documents)
                .getSingleResult();
        return new StageLatency(step.stage, step.from, step.to, ((Number) row[0]).longValue(), number(row[1]),
                number(row[2]));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
