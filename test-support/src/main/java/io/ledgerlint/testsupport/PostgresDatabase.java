package io.ledgerlint.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A real PostgreSQL server: embedded binaries in a child process, or a container where Docker exists. */
public final class PostgresDatabase implements AutoCloseable {

    private static final String IMAGE = "postgres:17-alpine";

    private final EmbeddedPostgres embedded;
    private final PostgreSQLContainer container;
    private final String jdbcUrl;
    private final String username;
    private final String password;

    private PostgresDatabase(EmbeddedPostgres embedded, PostgreSQLContainer container, String jdbcUrl,
            String username, String password) {
        this.embedded = embedded;
        this.container = container;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public static PostgresDatabase start() {
        if (Infrastructure.useContainers()) {
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
            container.start();
            return new PostgresDatabase(null, container, container.getJdbcUrl(), container.getUsername(),
                    container.getPassword());
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            return new PostgresDatabase(pg, null, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("could not start an embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        try {
            if (embedded != null) {
                embedded.close();
            }
            if (container != null) {
                container.stop();
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not stop PostgreSQL", e);
        }
    }
}
