package io.ledgerlint.domain.blob;

/** Where a blob lives inside any store: {@code <first two hex digits>/<sha256>.pdf}, the same in a folder and a bucket. */
final class BlobNames {

    private BlobNames() {
    }

    /** The blob's path relative to the store's root, with {@code /} between its parts. */
    static String relativePath(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha256 hex digest: " + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256 + ".pdf";
    }
}
