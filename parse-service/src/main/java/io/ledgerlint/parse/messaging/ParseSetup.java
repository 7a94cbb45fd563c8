package io.ledgerlint.parse.messaging;

import io.ledgerlint.domain.blob.BlobStore;
import io.ledgerlint.domain.blob.BlobStores;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.TableSource;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.table.TableExtractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the framework-free parser and the blob store from configuration. */
public class ParseSetup {

    @Produces
    @Singleton
    TableSource tableSource() {
        return new TableExtractor()::extract;
    }

    @Produces
    @Singleton
    DocumentParser documentParser(@ConfigProperty(name = "ledgerlint.parse.max-pages") int maxPages,
            @ConfigProperty(name = "ledgerlint.parse.max-file-bytes") long maxFileBytes,
            @ConfigProperty(name = "ledgerlint.parse.max-main-memory-bytes") long maxMainMemoryBytes,
            BudgetConfig budgets, TableSource tables) {
        return new DocumentParser(new ParseLimits(maxPages, maxFileBytes, maxMainMemoryBytes, budgets.budgets()),
                tables, Clock.systemUTC());
    }

    @Produces
    @Singleton
    BlobStore blobStore(@ConfigProperty(name = "ledgerlint.blob.root") String blobRoot, Config config) {
        return BlobStores.open(blobRoot, key -> config.getOptionalValue(key, String.class));
    }
}
