package io.ledgerlint.domain.bucket;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * How to reach an S3-compatible object store (AWS S3, MinIO, S3Proxy …), read from the {@code ledgerlint.bucket.*}
 * keys in this one place, for every service that lists a bucket or keeps blobs in one. Without an endpoint the SDK
 * addresses AWS itself; with one, buckets are addressed by path ({@code http://host:port/bucket/key}), as the
 * self-hosted servers expect. Without keys the SDK's default credentials chain applies (environment, profile, IAM
 * role).
 */
public final class BucketConnection {

    public static final String ENDPOINT = "ledgerlint.bucket.endpoint";
    public static final String REGION = "ledgerlint.bucket.region";
    public static final String ACCESS_KEY = "ledgerlint.bucket.access-key";
    public static final String SECRET_KEY = "ledgerlint.bucket.secret-key";
    static final String DEFAULT_REGION = "us-east-1";

    private final Optional<URI> endpoint;
    private final Region region;
    private final AwsCredentialsProvider credentials;

    private BucketConnection(Optional<URI> endpoint, Region region, AwsCredentialsProvider credentials) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
    }

    /**
     * @param settings the service's configuration: the value of a key, if set (a Quarkus service passes its
     *                 {@code Config}; anything else may pass system properties)
     */
    public static BucketConnection from(Function<String, Optional<String>> settings) {
        Optional<URI> endpoint = setting(settings, ENDPOINT).map(URI::create);
        Region region = Region.of(setting(settings, REGION).orElse(DEFAULT_REGION));
        Optional<String> accessKey = setting(settings, ACCESS_KEY);
        Optional<String> secretKey = setting(settings, SECRET_KEY);
        if (accessKey.isPresent() != secretKey.isPresent()) {
            throw new IllegalArgumentException(ACCESS_KEY + " and " + SECRET_KEY
                    + " go together: set both, or neither to use the SDK's default credentials chain");
        }
        AwsCredentialsProvider credentials = accessKey.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.get(), secretKey.get()))
                : DefaultCredentialsProvider.builder().build();
        return new BucketConnection(endpoint, region, credentials);
    }

    /** A new client; the caller closes it when done (a service keeps one for its lifetime). */
    public S3Client open() {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region)
                .credentialsProvider(credentials)
                // Checksums only where S3 requires them: S3-compatible servers do not all know the newer
                // checksum headers the SDK would otherwise add to every upload.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
        return builder.build();
    }

    /** Whether the object exists: a HEAD request, 404 meaning no. */
    public static boolean exists(S3Client s3, String bucket, String key) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static Optional<String> setting(Function<String, Optional<String>> settings, String key) {
        return settings.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }
}
