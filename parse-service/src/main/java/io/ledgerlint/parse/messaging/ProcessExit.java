package io.ledgerlint.parse.messaging;

import io.quarkus.runtime.Quarkus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ends the process for its supervisor (the launcher, Kubernetes, Compose) to start it again. A bean of its own so
 * that a test can see the request without its JVM going down.
 */
@ApplicationScoped
public class ProcessExit {

    public void exit(int status) {
        Quarkus.asyncExit(status);
    }
}
