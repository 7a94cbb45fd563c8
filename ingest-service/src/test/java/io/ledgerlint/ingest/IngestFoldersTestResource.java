package io.ledgerlint.ingest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Fresh inbox, processed, rejected and blob folders in a temporary directory for each test run. */
public class IngestFoldersTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path root = Files.createTempDirectory("ledgerlint-ingest-test-");
            // There before the service's first poll, so a test may drop a file as soon as the service is up.
            Files.createDirectories(root.resolve("inbox"));
            return Map.of(
                    "ledgerlint.inbox", root.resolve("inbox").toString(),
                    "ledgerlint.processed", root.resolve("processed").toString(),
                    "ledgerlint.rejected", root.resolve("rejected").toString(),
                    "ledgerlint.blob.root", root.resolve("blobs").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The temporary directory is left for a look after a failed run; the OS clears it.
    }
}
