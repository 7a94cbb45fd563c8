package io.ledgerlint.ingest;

import io.ledgerlint.domain.bucket.BucketConnection;
import io.ledgerlint.testsupport.S3Server;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-API server (S3Proxy, data under target/) with an ingest bucket and a bucket for the blobs, which it makes
 * the blob root. One object already waits in the inbox prefix before the service starts, as after a restart. Use it
 * with {@code restrictToAnnotatedClass = true}, so that no other test runs with the bucket watcher; it starts after
 * {@link IngestFoldersTestResource} ({@link #order()}), so that its blob root wins.
 */
public class IngestBucketTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "ledgerlint-ingest";
    public static final String BLOB_BUCKET = "ledgerlint-blobs";
    public static final String BLOB_ROOT = "s3://" + BLOB_BUCKET + "/blobs";
    /** Put under the inbox prefix before the service started. */
    public static final String WAITING_KEY = "inbox/waiting-before-start.pdf";
    public static final String WAITING_DOCUMENT = "doc-003";

    private S3Server server;

    @Override
    public Map<String, String> start() {
        try {
            server = S3Server.start(Files.createTempDirectory(Files.createDirectories(Path.of("target")), "s3proxy-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = Map.of(
                BucketConnection.ENDPOINT, server.endpoint(),
                BucketConnection.REGION, server.region(),
                BucketConnection.ACCESS_KEY, server.accessKey(),
                BucketConnection.SECRET_KEY, server.secretKey(),
                "ledgerlint.bucket.name", BUCKET,
                "ledgerlint.blob.root", BLOB_ROOT);
        try (S3Client s3 = BucketConnection.from(key -> Optional.ofNullable(config.get(key))).open()) {
            s3.createBucket(request -> request.bucket(BUCKET));
            s3.createBucket(request -> request.bucket(BLOB_BUCKET));
            s3.putObject(request -> request.bucket(BUCKET).key(WAITING_KEY),
                    RequestBody.fromFile(TestPdfs.corpusDocument(WAITING_DOCUMENT)));
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    public int order() {
        return 1;
    }
}
