package io.ledgerlint.contracts.events;

/** Content-addressed document ids: the same bytes always get the same id, whoever receives them. */
public final class DocumentIds {

    /** Hex digits of the sha256 kept in the id: 64 bits, ample for millions of documents. */
    private static final int LENGTH = 16;

    private DocumentIds() {
    }

    public static String fromSha256(String sha256Hex) {
        if (sha256Hex == null || !sha256Hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case sha256 hex digest: " + sha256Hex);
        }
        return sha256Hex.substring(0, LENGTH);
    }
}
