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
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** The system property that names a service's copy on its command line. */
    static final String INSTANCE_PROPERTY = "ledgerlint.instance";

    private final StackSettings settings;
    private final Consumer<String> progress;
    private final Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
    private final Map<ServiceInstance, Integer> instancePorts = new HashMap<>();
    private final Map<ServiceInstance, ChildProcess> services = Collections.synchronizedMap(new LinkedHashMap<>());
    private final RestartBackoff backoff;
    private RunDirectory runDirectory;
    private LocalDatabase database;
    private volatile LocalKafka kafka;
    private LocalBucket bucket;
    private int controllerPort;
    private boolean closed;

    /** @param progress told what is being started, for the person waiting */
    public LocalStack(StackSettings settings, Consumer<String> progress) {
        this(settings, progress, RestartBackoff.DEFAULT);
    }

    LocalStack(StackSettings settings, Consumer<String> progress, RestartBackoff backoff) {
        this.settings = settings;
        this.progress = progress;
        this.backoff = backoff;
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
        if (settings.bucket()) {
            progress.accept("Starting S3Proxy (the bucket " + LocalBucket.BUCKET + ") on port "
                    + ports.get(PortSetting.S3) + " ...");
            register(() -> bucket = LocalBucket.start(settings.projectHome(), data, ports.get(PortSetting.S3),
                    logs().resolve("s3proxy.log"), runDirectory));
            bucket.awaitReady(deadline);
        }
        for (ServiceInstance instance : settings.serviceInstances()) {
            progress.accept("Starting " + instance.name() + " on port " + instancePorts.get(instance) + " ...");
            register(() -> services.put(instance, startService(instance)));
        }
        kafka.awaitReadyAndCreateTopics(deadline);
        awaitServicesReady(settings.serviceInstances(), deadline,
                instance -> progress.accept(instance.name() + " is ready"));
        progress.accept("Ready. A service or the broker that crashes is started again, with backoff");
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
        for (ServiceInstance instance : settings.serviceInstances()) {
            instancePorts.put(instance, instance.number() == 1 ? ports.get(instance.service().port())
                    : allocator.allocate(PortSetting.ANY_FREE));
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

    private ChildProcess startService(ServiceInstance instance) {
        Service service = instance.service();
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(instancePorts.get(instance)));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("LEDGERLINT_BLOB_ROOT", settings.dataDirectory().resolve("blobs").toString());
        environment.put("LEDGERLINT_INBOX", settings.inbox().toString());
        environment.put("LEDGERLINT_PROCESSED", settings.dataDirectory().resolve("processed").toString());
        environment.put("LEDGERLINT_REJECTED", settings.dataDirectory().resolve("rejected").toString());
        if (bucket != null) {
            environment.putAll(bucket.environment(service == Service.INGEST));
        }
        if (service == Service.REPORT) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
            environment.put("QUARKUS_DATASOURCE_USERNAME", LocalDatabase.USER);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", LocalDatabase.PASSWORD);
        }
        List<String> command = new ArrayList<>();
        command.add(Launcher.javaExecutable());
        command.addAll(service.jvmOptions());
        // names the copy in its command line, for people (and tests) looking at the processes
        command.add("-D" + INSTANCE_PROPERTY + "=" + instance.name());
        command.addAll(List.of("-jar", service.runnableJar(settings.projectHome()).toString()));
        return ChildProcess.start(instance.name(), command, environment, settings.dataDirectory().getParent(),
                logs().resolve(instance.name() + ".log"), runDirectory);
    }

    private void awaitServicesReady(List<ServiceInstance> which, Instant deadline,
            Consumer<ServiceInstance> whenReady) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<ServiceInstance> waiting = new ArrayList<>(which);
        while (!waiting.isEmpty()) {
            for (ServiceInstance instance : List.copyOf(waiting)) {
                ChildProcess process = services.get(instance);
                if (!process.isAlive() && !isClosed()) {
                    throw new IllegalStateException(instance.name() + " exited with code "
                            + process.exitValue() + "\n" + process.logTail());
                }
                if (isReady(http, instance)) {
                    whenReady.accept(instance);
                    waiting.remove(instance);
                }
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready within " + settings.readyTimeout() + ": " + waiting
                        + " (see " + logs() + ")");
            }
            sleep(POLL_INTERVAL);
        }
    }

    private boolean isReady(HttpClient http, ServiceInstance instance) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + instancePorts.get(instance) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + instance.name(), e);
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

    /** The local S3-compatible server's endpoint, if {@code --bucket} started one. */
    public Optional<String> bucketEndpoint() {
        return Optional.ofNullable(bucket).map(LocalBucket::endpoint);
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

    /**
     * Starts again each service, or the broker, that exits on its own, after {@link RestartBackoff}'s delay, while the
     * others keep running; says so through {@code progress}, and again once the restarted child is ready. Returns when
     * the stack is closed (empty), or with the child that kept crashing, for the caller to stop everything.
     */
    Optional<ChildProcess> superviseUntilClosed() {
        Map<String, Integer> crashesInARow = new HashMap<>();
        while (true) {
            ChildProcess exited = anyChildExit().join();
            if (isClosed()) {
                return Optional.empty();
            }
            int crashes = backoff.crashesInARow(crashesInARow.getOrDefault(exited.name(), 0), exited.runningFor());
            crashesInARow.put(exited.name(), crashes);
            Optional<Duration> delay = backoff.delayAfter(crashes);
            if (delay.isEmpty()) {
                return Optional.of(exited);
            }
            progress.accept(exited.name() + " exited with code " + exited.exitValue() + " after "
                    + exited.runningFor().toSeconds() + " s; starting it again in " + delay.get().toMillis()
                    + " ms (crash " + crashes + " in a row; after " + backoff.mostInARow()
                    + " everything stops). Its log: " + exited.logFile());
            sleep(delay.get());
            Instant restarted = Instant.now();
            if (!restart(exited)) {
                return Optional.empty();
            }
            CompletableFuture.runAsync(() -> reportReadyAgain(exited.name(), restarted));
        }
    }

    /** Starts the exited child again on the same ports and data, unless the stack is being closed. */
    private synchronized boolean restart(ChildProcess exited) {
        if (closed) {
            return false;
        }
        if (exited == kafka.process()) {
            kafka = LocalKafka.start(settings.projectHome(), settings.dataDirectory(), ports.get(PortSetting.KAFKA),
                    controllerPort, logs().resolve("kafka.log"), runDirectory);
            return true;
        }
        ServiceInstance instance = instanceNamed(exited.name());
        services.put(instance, startService(instance));
        return true;
    }

    private void reportReadyAgain(String name, Instant restarted) {
        Instant deadline = restarted.plus(settings.readyTimeout());
        try {
            if (name.equals(kafka.process().name())) {
                kafka.awaitReadyAndCreateTopics(deadline);
            } else {
                awaitServicesReady(List.of(instanceNamed(name)), deadline, ready -> { });
            }
            progress.accept(name + " is ready again, " + Duration.between(restarted, Instant.now()).toSeconds()
                    + " s after it was started again");
        } catch (RuntimeException e) {
            if (!isClosed()) {
                progress.accept(name + " is not ready again: " + e.getMessage());
            }
        }
    }

    private ServiceInstance instanceNamed(String name) {
        return settings.serviceInstances().stream().filter(instance -> instance.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("not a service of this stack: " + name));
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Completes with the first child process that exits on its own. */
    private CompletableFuture<ChildProcess> anyChildExit() {
        List<ChildProcess> children;
        synchronized (this) {
            children = new ArrayList<>(services.values());
            children.add(kafka.process());
        }
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
        stopQuietly("S3Proxy", () -> {
            if (bucket != null) {
                bucket.process().stop(SERVICE_GRACE);
            }
        }, failures);
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
