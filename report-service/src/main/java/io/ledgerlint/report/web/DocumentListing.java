package io.ledgerlint.report.web;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.view.BarChart;
import io.ledgerlint.report.view.BatchSummary;
import io.ledgerlint.report.view.OverviewQuery;
import io.ledgerlint.report.view.OverviewRow;
import io.ledgerlint.report.view.OverviewView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overview's reads: one query for a page of documents with their finding counts (filtered and sorted in the
 * database), one for the total, three small aggregates for the batch summary.
 */
@ApplicationScoped
public class DocumentListing {

    private static final int CHART_ITEMS = 10;

    private final EntityManager entityManager;

    public DocumentListing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public OverviewView overview(OverviewQuery query) {
        Filter filter = Filter.of(query);
        Query rows = entityManager.createNativeQuery("""
                select d.document_id, d.filename, d.status, d.department, d.report_year, d.received_at,
                       count(f.id) filter (where f.severity = 'error') as errors,
                       count(f.id) filter (where f.severity = 'warning') as warnings,
                       count(f.id) filter (where f.severity = 'info') as infos
                from documents d left join findings f on f.document_id = d.document_id
                """ + filter.where() + """
                 group by d.document_id
                order by""" + " " + orderBy(query) + ", d.document_id limit :limit offset :offset");
        filter.bind(rows);
        rows.setParameter("limit", query.size());
        rows.setParameter("offset", (long) query.page() * query.size());
        List<OverviewRow> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] columns = (Object[]) row;
            items.add(new OverviewRow((String) columns[0], (String) columns[1],
                    DocumentStatus.valueOf((String) columns[2]), (String) columns[3],
                    columns[4] == null ? null : ((Number) columns[4]).intValue(), instant(columns[5]),
                    new FindingCounts(number(columns[6]), number(columns[7]), number(columns[8]))));
        }
        Query count = entityManager.createNativeQuery("select count(*) from documents d " + filter.where());
        filter.bind(count);
        return new OverviewView(query, items, number(count.getSingleResult()), summary());
    }

    private BatchSummary summary() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        long documents = 0;
        for (Object row : entityManager.createNativeQuery(
                "select status, count(*) from documents group by status order by status").getResultList()) {
            Object[] columns = (Object[]) row;
            byStatus.put((String) columns[0], number(columns[1]));
            documents += number(columns[1]);
        }
        List<BarChart.Item> rules = items("""
                select rule_id, count(*) from findings where severity in ('error', 'warning')
                group by rule_id order by count(*) desc, rule_id limit :limit""", null);
        List<BarChart.Item> departments = items("""
                select coalesce(d.department, ''), count(*) from findings f join documents d using (document_id)
                where f.severity = 'error' group by d.department order by count(*) desc, d.department limit :limit""",
                "/?severity=error&q=");
        return new BatchSummary(documents, byStatus, BarChart.of(rules), BarChart.of(departments));
    }

    /** Label/count rows as chart items, each linking to {@code hrefPrefix + label} when a prefix is given. */
    @SuppressWarnings("unchecked")
    private List<BarChart.Item> items(String sql, String hrefPrefix) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter("limit", CHART_ITEMS).getResultList();
        return rows.stream().map(columns -> {
            String label = (String) columns[0];
            String href = hrefPrefix == null || label.isEmpty() ? null
                    : hrefPrefix + URLEncoder.encode(label, StandardCharsets.UTF_8);
            return new BarChart.Item(label.isEmpty() ? "—" : label, number(columns[1]), href);
        }).toList();
    }

    private static String orderBy(OverviewQuery query) {
        String column = switch (query.sort()) {
            case RECEIVED -> "coalesce(d.received_at, d.created_at)";
            case FILENAME -> "d.filename";
            case DEPARTMENT -> "d.department";
            case YEAR -> "d.report_year";
            case STATUS -> "d.status";
            case ERRORS -> "errors";
            case WARNINGS -> "warnings";
            case INFO -> "infos";
        };
        return column + (query.descending() ? " desc nulls last" : " asc nulls last");
    }

    /** The where clause of a query and its parameters, only for the conditions the query sets. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(OverviewQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (query.search() != null) {
                conditions.add("(d.filename ilike :search escape '\\' or d.department ilike :search escape '\\')");
                parameters.put("search", "%" + query.search().replaceAll("([\\\\%_])", "\\\\$1") + "%");
            }
            if (query.status() != null) {
                conditions.add("d.status = :status");
                parameters.put("status", query.status().name());
            }
            if (query.severity() != null) {
                conditions.add("exists (select 1 from findings s where s.document_id = d.document_id"
                        + " and s.severity = :severity)");
                parameters.put("severity", query.severity().wireName());
            }
            return new Filter(conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions), parameters);
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
