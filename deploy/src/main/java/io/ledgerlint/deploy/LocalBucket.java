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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An S3-compatible server on this machine for {@code ./ledgerlint up --bucket}: S3Proxy with its filesystem backend
 * (each bucket a folder under {@code data/s3}), run from its self-contained jar, which the build copies to
 * {@code deploy/target/s3proxy}. It holds the bucket {@value #BUCKET}: ingest-service takes PDFs put under
 * {@code inbox/}, and every service keeps and reads the blobs under {@code blobs/}. It answers on loopback only, with
 * fixed local keys.
 */
final class LocalBucket {

    static final String BUCKET = "ledgerlint";
    static final String ACCESS_KEY = "ledgerlint-local";
    static final String SECRET_KEY = "ledgerlint-local-secret";
    static final String REGION = "us-east-1";

    private final ChildProcess process;
    private final String endpoint;

    private LocalBucket(ChildProcess process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts the server on {@code port} (not yet waiting for it), the bucket created as a folder if missing. */
    static LocalBucket start(Path projectHome, Path dataDirectory, int port, Path logFile, RunDirectory runDirectory) {
        Path jar = projectHome.resolve("deploy/target/s3proxy/s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Proxy's jar is missing at " + jar + ": run ./mvnw -pl deploy package");
        }
        String endpoint = "http://127.0.0.1:" + port;
        try {
            Path buckets = Files.createDirectories(dataDirectory.resolve("s3"));
            Files.createDirectories(buckets.resolve(BUCKET));
            Path properties = runDirectory.directory().resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + buckets.toAbsolutePath(),
                    ""));
            List<String> command = List.of(Launcher.javaExecutable(), "-Xmx128m", "-XX:+UseSerialGC",
                    "-DLOG_LEVEL=warn", "-jar", jar.toString(), "--properties", properties.toString());
            ChildProcess process = ChildProcess.start("s3proxy", command, Map.of(), dataDirectory, logFile,
                    runDirectory);
            return new LocalBucket(process, endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare S3Proxy under " + dataDirectory, e);
        }
    }

    /** Waits until the server answers HTTP at all: an unsigned request is refused (403), which is an answer. */
    void awaitReady(Instant deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/")).timeout(Duration.ofSeconds(2))
                .build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with code " + process.exitValue() + "\n"
                        + process.logTail());
            }
            try {
                http.send(request, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("S3Proxy was not ready in time\n" + process.logTail(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for S3Proxy", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for S3Proxy", e);
            }
        }
    }

    /** What every service needs to keep its blobs in the bucket; ingest-service also watches its inbox prefix. */
    Map<String, String> environment(boolean watchInbox) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "LEDGERLINT_BUCKET_ENDPOINT", endpoint,
                "LEDGERLINT_BUCKET_REGION", REGION,
                "LEDGERLINT_BUCKET_ACCESS_KEY", ACCESS_KEY,
                "LEDGERLINT_BUCKET_SECRET_KEY", SECRET_KEY,
                "LEDGERLINT_BLOB_ROOT", "s3://" + BUCKET + "/blobs"));
        if (watchInbox) {
            environment.put("LEDGERLINT_BUCKET_NAME", BUCKET);
            environment.put("LEDGERLINT_BUCKET_POLL_INTERVAL", "1s");
        }
        return environment;
    }

    String endpoint() {
        return endpoint;
    }

    ChildProcess process() {
        return process;
    }
}
