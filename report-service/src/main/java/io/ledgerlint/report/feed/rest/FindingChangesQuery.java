package io.ledgerlint.report.feed.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.report.feed.ChangeWindow;
import io.ledgerlint.report.feed.FindingChange;
import io.ledgerlint.report.feed.FindingChanges;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the findings feed with plain JDBC in autocommit mode: the horizon must be read in a statement of its own,
 * before the statements that read the changes (see {@link ChangeWindow} and migration V2).
 */
@ApplicationScoped
public class FindingChangesQuery {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    /** Start of the oldest transaction open in this database (this statement's own counts too, so never null). */
    private static final String HORIZON = """
            select min(xact_start) from pg_stat_activity where datname = current_database()""";
    private static final String TIMES = """
            select findings_changed_at from documents
            where findings_changed_at > ? and findings_changed_at < ?
            order by findings_changed_at, document_id limit ?""";
    private static final String CHANGES = """
            select d.document_id, d.filename, d.sha256, d.status, d.catalogue_version, d.validated_at,
                   d.findings_changed_at,
                   coalesce((select jsonb_agg(jsonb_build_object(
                                 'ruleId', f.rule_id, 'severity', f.severity, 'confidence', f.confidence,
                                 'message', f.message, 'locations', f.locations, 'expected', f.expected,
                                 'actual', f.actual, 'formula', f.formula) order by f.position)
                             from findings f where f.document_id = d.document_id), '[]'::jsonb)::text
            from documents d
            where d.findings_changed_at > ? and d.findings_changed_at <= ?
            order by d.findings_changed_at, d.document_id""";

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;

    public FindingChangesQuery(DataSource dataSource, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
    }

    public FindingChanges since(Instant since, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Instant horizon = horizon(connection);
            ChangeWindow window = ChangeWindow.of(since, horizon, limit, times(connection, since, horizon, limit));
            return new FindingChanges(since, window.next(), window.hasMore(), changes(connection, since, window));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the findings feed", e);
        }
    }

    private static Instant horizon(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HORIZON);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    private static List<Instant> times(Connection connection, Instant since, Instant horizon, int limit)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TIMES)) {
            statement.setObject(1, timestamp(since));
            statement.setObject(2, timestamp(horizon));
            statement.setInt(3, limit + 1);
            List<Instant> times = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    times.add(result.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
            return times;
        }
    }

    private List<FindingChange> changes(Connection connection, Instant since, ChangeWindow window)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CHANGES)) {
            statement.setObject(1, timestamp(since));
            statement.setObject(2, timestamp(window.upTo()));
            List<FindingChange> changes = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    changes.add(new FindingChange(result.getString(1), result.getString(2), result.getString(3),
                            DocumentStatus.valueOf(result.getString(4)), result.getString(5),
                            instant(result, 6), instant(result, 7), findings(result.getString(8))));
                }
            }
            return changes;
        }
    }

    private List<Finding> findings(String json) {
        try {
            return objectMapper.readValue(json, FINDINGS);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored findings", e);
        }
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
