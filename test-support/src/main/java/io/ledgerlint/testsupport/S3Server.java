package io.ledgerlint.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real S3-API server for tests: S3Proxy with its filesystem backend (each bucket a folder under the data
 * directory), run as a child process from its self-contained jar, because its Jetty, Jackson 3 and jclouds fork would
 * clash with Quarkus' on one classpath. The build of a module that uses it copies
 * {@code org.gaul:s3proxy:jar-with-dependencies} and names the jar in the system property {@value #JAR_PROPERTY}.
 * Requests must be signed (AWS v2 or v4) with {@link #accessKey()} and {@link #secretKey()}.
 * <p>
 * Unlike S3, the filesystem backend lists an upload still in progress, under a temporary key
 * ({@code <key>-<uuid>}); a client that polls may see such a key vanish before it reads it.
 */
public final class S3Server implements AutoCloseable {

    public static final String JAR_PROPERTY = "ledgerlint.s3proxy.jar";
    private static final String ACCESS_KEY = "ledgerlint-test";
    private static final String SECRET_KEY = "ledgerlint-test-secret";
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final String endpoint;
    private final Thread reaper;

    private S3Server(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
        // A test JVM that dies without closing the server must not leave it running.
        this.reaper = new Thread(process::destroyForcibly, "s3proxy-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Starts a server keeping its buckets under {@code dataDir} (created if missing) and waits until it answers. */
    public static S3Server start(Path dataDir) {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("S3Proxy's jar is not at " + JAR_PROPERTY + "=" + jar
                    + "; the module's build copies org.gaul:s3proxy:jar-with-dependencies there");
        }
        try {
            Path buckets = Files.createDirectories(dataDir.resolve("buckets"));
            String endpoint = "http://127.0.0.1:" + freePort();
            Path properties = Files.writeString(dataDir.resolve("s3proxy.properties"), String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + buckets.toAbsolutePath()) + "\n");
            Path log = dataDir.resolve("s3proxy.log");
            Process process = new ProcessBuilder(command(jar, properties))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            S3Server server = new S3Server(process, endpoint);
            server.awaitReady(log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start S3Proxy", e);
        }
    }

    /** How the server is run: the same JDK as the tests, a small heap, warnings only in its log. */
    private static List<String> command(String jar, Path properties) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx256m", "-DLOG_LEVEL=warn", "-jar", jar, "--properties", properties.toString());
    }

    /** {@code http://127.0.0.1:<port>}: address buckets by path ({@code <endpoint>/<bucket>/<key>}). */
    public String endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return ACCESS_KEY;
    }

    public String secretKey() {
        return SECRET_KEY;
    }

    /** Any region name is accepted; the SDK needs one to sign with. */
    public String region() {
        return "us-east-1";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(reaper);
    }

    /** Ready once it answers HTTP at all (an unsigned request gets 403). */
    private void awaitReady(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                close();
                throw new IllegalStateException("S3Proxy exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(endpoint + "/")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                // not listening yet
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("S3Proxy did not answer within " + STARTUP + ":\n" + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
