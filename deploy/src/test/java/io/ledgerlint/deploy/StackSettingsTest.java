package io.ledgerlint.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path HOME = Path.of("/project");
    private static final Path HERE = Path.of("/work");

    @Test
    void eachServiceRunsOnceUnlessScaledOut() {
        StackSettings settings = StackSettings.fromCommandLine(HOME, HERE, Map.of(), List.of());

        assertThat(settings.serviceInstances()).extracting(ServiceInstance::name)
                .containsExactly("report-service", "ingest-service", "parse-service", "validate-service");
    }

    @Test
    void scaleOutAddsNumberedCopiesFromTheFlagOrTheEnvironment() {
        StackSettings flagged = StackSettings.fromCommandLine(HOME, HERE, Map.of(),
                List.of("--scale", "parse-service=2,validate-service=2"));
        StackSettings fromEnvironment = StackSettings.fromCommandLine(HOME, HERE,
                Map.of("LEDGERLINT_SCALE", "parse-service=2"), List.of());

        assertThat(flagged.serviceInstances()).extracting(ServiceInstance::name)
                .containsExactly("report-service", "ingest-service", "parse-service", "parse-service-2",
                        "validate-service", "validate-service-2");
        assertThat(fromEnvironment.serviceInstances()).extracting(ServiceInstance::name)
                .contains("parse-service-2").doesNotContain("validate-service-2");
    }

    @Test
    void onlyTheConsumingServicesScaleAndNoFurtherThanThePartitions() {
        assertThatThrownBy(() -> StackSettings.parseScale("ingest-service=2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only parse-service");
        assertThatThrownBy(() -> StackSettings.parseScale("report-service=2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StackSettings.parseScale("parse-service=" + (StackSettings.MOST_INSTANCES + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partitions");
        assertThatThrownBy(() -> StackSettings.parseScale("parse-service=two"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StackSettings.parseScale("parse-service"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
