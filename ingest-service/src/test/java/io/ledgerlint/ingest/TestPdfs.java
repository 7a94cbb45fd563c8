package io.ledgerlint.ingest;

import io.ledgerlint.testsupport.CorpusDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Real documents from the repository's corpus, and damaged or protected PDFs made from them or with PDFBox. */
public final class TestPdfs {

    private TestPdfs() {
    }

    public static Path corpusDocument(String folder) {
        return CorpusDocuments.pdf(folder);
    }

    /** The first {@code percent}% of doc-000's bytes: what an interrupted download leaves. */
    public static Path truncatedCopy(Path target, int percent) throws IOException {
        byte[] bytes = Files.readAllBytes(corpusDocument("doc-000"));
        return Files.write(target, Arrays.copyOf(bytes, bytes.length * percent / 100));
    }

    /** A one-page PDF that opens only with a user password. */
    public static Path encrypted(Path target, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(target.toFile());
        }
        return target;
    }

    /** A well-formed PDF without a single page. */
    public static Path withoutPages(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.save(target.toFile());
        }
        return target;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    /** Of what is left in {@code in}, which is read to its end. */
    public static String sha256(InputStream in) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
