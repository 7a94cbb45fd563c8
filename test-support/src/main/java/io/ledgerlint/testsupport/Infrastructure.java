package io.ledgerlint.testsupport;

import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * Chooses how tests get their real Kafka and PostgreSQL: Testcontainers where a Docker engine answers, embedded
 * (in-JVM KRaft broker, embedded PostgreSQL binaries) otherwise. {@code -Dledgerlint.test.infra=embedded|containers}
 * or the environment variable {@code LEDGERLINT_TEST_INFRA} forces one.
 */
public final class Infrastructure {

    private static Boolean containers;

    private Infrastructure() {
    }

    public static synchronized boolean useContainers() {
        if (containers == null) {
            String forced = System.getProperty("ledgerlint.test.infra", System.getenv("LEDGERLINT_TEST_INFRA"));
            if (forced != null && !forced.isBlank()) {
                containers = forced.trim().toLowerCase(Locale.ROOT).startsWith("container");
            } else {
                containers = dockerAvailable();
            }
        }
        return containers;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
