package io.ledgerlint.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The whole pipeline on this machine: PostgreSQL in this JVM, a Kafka broker and the four services as child processes.
 * {@link #close()} stops them in dependency order: services, then Kafka, then PostgreSQL.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(15);
    private static final Duration KAFKA_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final StackSettings settings;
    private final Consumer<String> progress;
    private final Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
    private final Map<Service, ChildProcess> services = new EnumMap<>(Service.class);
    private RunDirectory runDirectory;
    private LocalDatabase database;
    private LocalKafka kafka;
    private int controllerPort;
    private boolean closed;

    /** @param progress told what is being started, for the person waiting */
    public LocalStack(StackSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Starts everything and returns once every service reports ready; on failure, stops what it had started. May be
     * {@linkplain #close() closed} from another thread meanwhile (Ctrl-C during startup).
     */
    public void start() {
        try {
            startAll();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() {
        Instant deadline = Instant.now().plus(settings.readyTimeout());
        requireServiceJars();
        Path data = settings.dataDirectory();
        createDirectories(data, logs(), settings.inbox(), data.resolve("blobs"), data.resolve("processed"),
                data.resolve("rejected"));
        register(() -> runDirectory = RunDirectory.claim(data.resolve("run")));
        List<String> leftovers = runDirectory.stopLeftovers(postgresDataDirectory());
        if (!leftovers.isEmpty()) {
            progress.accept("Stopped processes left behind by an earlier run: " + String.join(", ", leftovers));
        }
        allocatePorts();

        // Kafka and the service JVMs take seconds to start: let them start side by side, then wait for them all.
        // PostgreSQL comes before the services because report-service migrates its schema at startup.
        progress.accept("Starting Kafka on port " + ports.get(PortSetting.KAFKA) + " ...");
        register(() -> kafka = LocalKafka.start(settings.projectHome(), data, ports.get(PortSetting.KAFKA),
                controllerPort, logs().resolve("kafka.log"), runDirectory));
        progress.accept("Starting PostgreSQL on port " + ports.get(PortSetting.DB) + " ...");
        register(() -> database = LocalDatabase.start(postgresDataDirectory(), ports.get(PortSetting.DB),
                logs().resolve("postgres.log")));
        for (Service service : Service.values()) {
            progress.accept("Starting " + service.moduleName() + " on port " + ports.get(service.port()) + " ...");
            register(() -> services.put(service, startService(service)));
        }
        kafka.awaitReadyAndCreateTopics(deadline);
        awaitServicesReady(deadline);
    }

    private void allocatePorts() {
        PortAllocator allocator = new PortAllocator();
        for (PortSetting setting : PortSetting.values()) {
            int wished = settings.ports().get(setting);
            int port = allocator.allocate(wished);
            if (wished != PortSetting.ANY_FREE && port != wished) {
                progress.accept("Port " + wished + " is taken: using " + port + " instead (" + setting.flag()
                        + " or " + setting.environmentVariable() + " chooses another)");
            }
            ports.put(setting, port);
        }
        int wishedKafka = settings.ports().get(PortSetting.KAFKA);
        controllerPort = allocator.allocate(wishedKafka == PortSetting.ANY_FREE ? PortSetting.ANY_FREE
                : ports.get(PortSetting.KAFKA) + 1);
    }

    /** Starts a component unless the stack is already being closed (Ctrl-C during startup). */
    private synchronized void register(Runnable starter) {
        if (closed) {
            throw new IllegalStateException("stopped during startup");
        }
        starter.run();
    }

    private void requireServiceJars() {
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            if (!Files.isRegularFile(service.runnableJar(settings.projectHome()))) {
                missing.add(service.runnableJar(settings.projectHome()).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built yet (run ./mvnw -DskipTests install): "
                    + String.join(", ", missing));
        }
    }

    private ChildProcess startService(Service service) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service.port())));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("LEDGERLINT_BLOB_ROOT", settings.dataDirectory().resolve("blobs").toString());
        environment.put("LEDGERLINT_INBOX", settings.inbox().toString());
        environment.put("LEDGERLINT_PROCESSED", settings.dataDirectory().resolve("processed").toString());
        environment.put("LEDGERLINT_REJECTED", settings.dataDirectory().resolve("rejected").toString());
        if (service == Service.REPORT) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
            environment.put("QUARKUS_DATASOURCE_USERNAME", LocalDatabase.USER);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", LocalDatabase.PASSWORD);
        }
        List<String> command = new ArrayList<>();
        command.add(Launcher.javaExecutable());
        command.addAll(service.jvmOptions());
        command.addAll(List.of("-jar", service.runnableJar(settings.projectHome()).toString()));
        return ChildProcess.start(service.moduleName(), command, environment, settings.dataDirectory().getParent(),
                logs().resolve(service.moduleName() + ".log"), runDirectory);
    }

    private void awaitServicesReady(Instant deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<Service> waiting = new ArrayList<>(List.of(Service.values()));
        while (!waiting.isEmpty()) {
            for (Service service : List.copyOf(waiting)) {
                ChildProcess process = services.get(service);
                if (!process.isAlive()) {
                    throw new IllegalStateException(service.moduleName() + " exited with code "
                            + process.exitValue() + "\n" + process.logTail());
                }
                if (isReady(http, service)) {
                    progress.accept(service.moduleName() + " is ready");
                    waiting.remove(service);
                }
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready within " + settings.readyTimeout() + ": " + waiting
                        + " (see " + logs() + ")");
            }
            sleep(POLL_INTERVAL);
        }
    }

    private boolean isReady(HttpClient http, Service service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + service.moduleName(), e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void createDirectories(Path... directories) {
        try {
            for (Path directory : directories) {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the data directories", e);
        }
    }

    public String url(Service service) {
        return "http://localhost:" + ports.get(service.port());
    }

    public int port(PortSetting setting) {
        return ports.get(setting);
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public StackSettings settings() {
        return settings;
    }

    public Path logs() {
        return settings.dataDirectory().resolve("logs");
    }

    Path postgresDataDirectory() {
        return settings.dataDirectory().resolve("postgres");
    }

    /** Completes with the first child process that exits on its own. */
    CompletableFuture<ChildProcess> anyChildExit() {
        List<ChildProcess> children = new ArrayList<>(services.values());
        children.add(kafka.process());
        CompletableFuture<?>[] exits = children.stream()
                .map(child -> child.handle().onExit().thenApply(handle -> child))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.anyOf(exits).thenApply(ChildProcess.class::cast);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        CompletableFuture.allOf(services.values().stream()
                .map(service -> CompletableFuture.runAsync(() -> service.stop(SERVICE_GRACE)))
                .toArray(CompletableFuture[]::new)).join();
        stopQuietly("Kafka", () -> {
            if (kafka != null) {
                kafka.process().stop(KAFKA_GRACE);
            }
        }, failures);
        stopQuietly("PostgreSQL", () -> {
            if (database != null) {
                database.close();
            }
        }, failures);
        if (runDirectory != null) {
            runDirectory.close();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("could not stop cleanly: " + failures);
        }
    }

    private static void stopQuietly(String what, Runnable stop, Map<String, RuntimeException> failures) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            failures.put(what, e);
        }
    }
}
