package io.ledgerlint.ingest.bucket;

import io.ledgerlint.domain.bucket.BucketConnection;
import io.ledgerlint.ingest.inbox.UniqueMove;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The inbox prefix of a bucket, the bucket's counterpart of the inbox folder. S3 lists only objects whose upload is
 * complete, so every object listed directly under the prefix may be taken (objects under deeper "folders" are left
 * alone, as the folder watcher leaves subfolders). A taken object is moved out — copied under the processed or rejected
 * prefix, then deleted — never overwriting an object already there. Failures of the object store are the SDK's
 * runtime exceptions.
 */
public final class BucketInbox {

    /** An object as listed: its key, its name under the inbox prefix, its size, and the ETag of this content. */
    public record InboxObject(String key, String name, long size, String eTag) {
    }

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final String processedPrefix;
    private final String rejectedPrefix;

    public BucketInbox(S3Client s3, String bucket, String prefix, String processedPrefix, String rejectedPrefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = asFolder(prefix);
        this.processedPrefix = asFolder(processedPrefix);
        this.rejectedPrefix = asFolder(rejectedPrefix);
        if (this.prefix.equals(this.processedPrefix) || this.prefix.equals(this.rejectedPrefix)) {
            // An object moved "out" would be listed, and taken, again and again.
            throw new IllegalArgumentException("the processed and rejected prefixes must differ from the inbox prefix "
                    + this.prefix);
        }
    }

    /** The objects now directly under the inbox prefix, in key order; an object stays listed until moved out. */
    public List<InboxObject> list() {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix).delimiter("/"))
                .contents().stream()
                .filter(object -> object.key().length() > prefix.length() && !object.key().endsWith("/"))
                .map(object -> new InboxObject(object.key(), object.key().substring(prefix.length()), object.size(),
                        object.eTag()))
                .toList();
    }

    /**
     * Streams the listed content into {@code file}; fails, and nothing is taken, if the object was replaced since it
     * was listed (it is listed again at the next poll).
     */
    public void fetch(InboxObject object, Path file) throws IOException {
        try (InputStream in = s3.getObject(request -> request.bucket(bucket).key(object.key()).ifMatch(object.eTag()))) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** @return the object's new key under the processed prefix */
    public String moveToProcessed(InboxObject object) {
        return moveOut(object, processedPrefix);
    }

    /** @return the object's new key under the rejected prefix */
    public String moveToRejected(InboxObject object) {
        return moveOut(object, rejectedPrefix);
    }

    private String moveOut(InboxObject object, String targetPrefix) {
        for (int attempt = 0; ; attempt++) {
            String target = targetPrefix + UniqueMove.candidate(object.name(), attempt);
            if (!exists(target)) {
                // Only the content that was taken in is moved: a replacement uploaded meanwhile fails the copy and
                // stays in the inbox to be taken at the next poll.
                s3.copyObject(request -> request.sourceBucket(bucket).sourceKey(object.key())
                        .copySourceIfMatch(object.eTag()).destinationBucket(bucket).destinationKey(target));
                s3.deleteObject(request -> request.bucket(bucket).key(object.key()));
                return target;
            }
        }
    }

    private boolean exists(String key) {
        return BucketConnection.exists(s3, bucket, key);
    }

    /** {@code inbox} and {@code inbox/} are the same prefix; the empty prefix is the bucket's top level. */
    private static String asFolder(String prefix) {
        return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }
}
