package io.ledgerlint.ingest.publish;

import io.ledgerlint.domain.blob.BlobStores;
import io.ledgerlint.ingest.intake.Intake;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the framework-free {@link Intake} from configuration. */
public class IntakeSetup {

    @Produces
    @Singleton
    Intake intake(@ConfigProperty(name = "ledgerlint.blob.root") String blobRoot,
            @ConfigProperty(name = "ledgerlint.max-upload-bytes") long maxUploadBytes, Config config) {
        return new Intake(BlobStores.open(blobRoot, key -> config.getOptionalValue(key, String.class)), maxUploadBytes,
                Clock.systemUTC());
    }
}
