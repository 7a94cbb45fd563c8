package io.ledgerlint.deploy.batch;

import io.ledgerlint.contracts.events.DocumentIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One PDF as the benchmark submits it: a corpus document with a unique trailing comment, so that every round's copy
 * is a new document (ingest deduplicates by sha256: the same bytes twice would be one document, processed once).
 *
 * @param fileName   the name it is dropped under, unique in the run
 * @param content    the marked bytes
 * @param documentId the id ingest derives from them
 */
public record Submission(String fileName, byte[] content, String documentId) {

    /**
     * The PDF with {@code %ledgerlint-benchmark <marker>} and a new {@code %%EOF} appended: a comment after the end
     * marker, which PDF readers skip, and the file still ends with {@code %%EOF} as ingest's screening requires.
     */
    public static Submission marked(String fileName, byte[] pdf, String marker) {
        byte[] trailer = ("\n%ledgerlint-benchmark " + marker + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[pdf.length + trailer.length];
        System.arraycopy(pdf, 0, content, 0, pdf.length);
        System.arraycopy(trailer, 0, content, pdf.length, trailer.length);
        return new Submission(fileName, content, DocumentIds.fromSha256(sha256Hex(content)));
    }

    private static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
