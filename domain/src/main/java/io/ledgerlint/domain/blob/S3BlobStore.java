package io.ledgerlint.domain.blob;

import io.ledgerlint.domain.bucket.BucketConnection;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Stores blobs in a bucket as {@code <prefix><first two hex digits>/<sha256>.pdf}; URIs are
 * {@code s3://<bucket>/<key>}. An object appears whole or not at all (S3 semantics), so no temporary name is needed.
 * Failures of the object store are {@link IOException}s, as a folder's would be.
 */
public final class S3BlobStore implements BlobStore {

    static final String SCHEME = "s3";
    private static final Pattern BLOB_PATH = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}\\.pdf");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** @param root {@code s3://bucket} or {@code s3://bucket/prefix} (a trailing slash is implied) */
    public S3BlobStore(S3Client s3, URI root) {
        if (!SCHEME.equals(root.getScheme()) || root.getAuthority() == null) {
            throw new IllegalArgumentException("not an s3://bucket/prefix location: " + root);
        }
        String path = root.getPath() == null ? "" : root.getPath().replaceAll("^/+|/+$", "");
        this.s3 = s3;
        this.bucket = root.getAuthority();
        this.prefix = path.isEmpty() ? "" : path + "/";
    }

    @Override
    public URI put(String sha256, Path file) throws IOException {
        String key = prefix + BlobNames.relativePath(sha256);
        try {
            if (!exists(key)) {
                s3.putObject(request -> request.bucket(bucket).key(key).contentType("application/pdf"),
                        RequestBody.fromFile(file));
            }
        } catch (SdkException e) {
            throw new IOException("could not store blob " + sha256 + " in bucket " + bucket + ": " + e.getMessage(), e);
        }
        return URI.create(SCHEME + "://" + bucket + "/" + key);
    }

    @Override
    public InputStream open(URI uri) throws IOException {
        String key = keyOf(uri);
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(uri.toString(), null, "no such blob");
            }
            throw new IOException("could not read blob " + uri + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("could not read blob " + uri + ": " + e.getMessage(), e);
        }
    }

    /** Only the blobs of this store: its bucket, under its prefix, named as {@link #put} names them. */
    private String keyOf(URI uri) throws IOException {
        if (!SCHEME.equals(uri.getScheme())) {
            throw new IOException("unsupported blob URI scheme: " + uri);
        }
        String key = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!bucket.equals(uri.getAuthority()) || !key.startsWith(prefix)
                || !BLOB_PATH.matcher(key.substring(prefix.length())).matches()) {
            throw new IOException("blob URI outside the store: " + uri);
        }
        return key;
    }

    private boolean exists(String key) {
        return BucketConnection.exists(s3, bucket, key);
    }
}
