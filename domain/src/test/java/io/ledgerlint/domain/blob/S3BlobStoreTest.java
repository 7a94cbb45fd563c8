package io.ledgerlint.domain.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlint.domain.bucket.BucketConnection;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** What the store refuses before asking the server (the round trip is tested against S3Proxy in ingest-service). */
class S3BlobStoreTest {

    private static final String SHA = "ab" + "0".repeat(62);
    /** Nothing answers there: a request that reached the network would fail differently. */
    private final S3Client s3 = BucketConnection.from(key -> Optional.ofNullable(Map.of(
            BucketConnection.ENDPOINT, "http://127.0.0.1:9",
            BucketConnection.ACCESS_KEY, "key",
            BucketConnection.SECRET_KEY, "secret").get(key))).open();
    private final S3BlobStore store = new S3BlobStore(s3, URI.create("s3://ledgerlint/blobs/"));

    @AfterEach
    void close() {
        s3.close();
    }

    @Test
    void opensOnlyBlobsOfItsOwnBucketAndPrefixNamedAsItNamesThem() {
        for (String foreign : new String[] {
                "s3://other-bucket/blobs/ab/" + SHA + ".pdf",
                "s3://ledgerlint/elsewhere/ab/" + SHA + ".pdf",
                "s3://ledgerlint/blobs/../secrets/ab/" + SHA + ".pdf",
                "s3://ledgerlint/blobs/ab/not-a-digest.pdf",
                "file:///tmp/blobs/ab/" + SHA + ".pdf"}) {
            assertThatThrownBy(() -> store.open(URI.create(foreign)))
                    .as(foreign).isInstanceOf(IOException.class).hasMessageContaining(foreign);
        }
    }

    @Test
    void refusesALocationThatIsNotABucket() {
        assertThatThrownBy(() -> new S3BlobStore(s3, URI.create("file:///data/blobs")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBlobStoresChooseABucketForAnS3Location() {
        Map<String, String> settings = Map.of(BucketConnection.ENDPOINT, "http://127.0.0.1:9",
                BucketConnection.ACCESS_KEY, "key", BucketConnection.SECRET_KEY, "secret");

        assertThat(BlobStores.open("s3://ledgerlint/blobs", key -> Optional.ofNullable(settings.get(key))))
                .isInstanceOf(S3BlobStore.class);
    }
}
