package io.ledgerlint.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access policy as wired into a packaged service (validate-service, the one that needs the least around it),
 * configured the way the deployments configure it, through the environment: a non-loopback bind without credentials
 * refuses to start; API keys from environment variables guard its paths. No broker: the service starts without one.
 * <p>
 * A failsafe test: it runs the packaged app, which the reactor builds before this module.
 */
class ServiceAccessIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String OPERATOR_KEY = "operator-key-from-the-environment-0123";

    @TempDir
    Path workDirectory;
    private final List<Process> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopWhatWasStarted() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aNonLoopbackBindWithoutCredentialsRefusesToStart() throws Exception {
        int port = new PortAllocator().allocate(PortSetting.ANY_FREE);
        Path log = workDirectory.resolve("refused.log");
        Process service = start(Map.of("QUARKUS_HTTP_HOST", "0.0.0.0", "QUARKUS_HTTP_PORT", String.valueOf(port)), log);

        assertThat(service.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(service.exitValue()).isNotZero();
        String output = Files.readString(log);
        assertThat(output).contains("Refusing to start: quarkus.http.host=0.0.0.0 is not a loopback address")
                .doesNotContain("Listening on");
    }

    @Test
    void apiKeysFromTheEnvironmentGuardThePaths() throws Exception {
        int port = new PortAllocator().allocate(PortSetting.ANY_FREE);
        Path log = workDirectory.resolve("guarded.log");
        start(Map.of("QUARKUS_HTTP_PORT", String.valueOf(port),
                "LEDGERLINT_AUTH_API_KEYS_PROMETHEUS_KEY", OPERATOR_KEY,
                "LEDGERLINT_AUTH_API_KEYS_PROMETHEUS_ROLES", "operator"), log);
        URI metrics = URI.create("http://127.0.0.1:" + port + "/q/metrics");
        URI health = URI.create("http://127.0.0.1:" + port + "/q/health/live");

        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> status(health, null) > 0);

        assertThat(status(health, null)).isEqualTo(200);
        assertThat(status(metrics, null)).isEqualTo(401);
        assertThat(status(metrics, "not-the-operator-key-0123456789")).isEqualTo(401);
        assertThat(status(metrics, OPERATOR_KEY)).isEqualTo(200);
        assertThat(Files.readString(log)).contains("API keys: prometheus (operator)").doesNotContain(OPERATOR_KEY);
    }

    private Process start(Map<String, String> environment, Path log) throws IOException {
        Path home = Path.of(System.getProperty("ledgerlint.home", ".."));
        ProcessBuilder builder = new ProcessBuilder(Launcher.javaExecutable(), "-Xmx160m", "-jar",
                Service.VALIDATE.runnableJar(home).toString())
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** The status, or 0 while nothing listens yet. */
    private int status(URI uri, String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException notYet) {
            return 0;
        }
    }
}
