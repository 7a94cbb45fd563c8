package io.ledgerlint.parse.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the exit the service asks for instead of ending the test's JVM. Enabled by {@link CostlyDocumentsProfile}. */
@Alternative
@ApplicationScoped
public class RecordedExit extends ProcessExit {

    private final List<Integer> requested = new CopyOnWriteArrayList<>();

    @Override
    public void exit(int status) {
        requested.add(status);
    }

    List<Integer> requested() {
        return requested;
    }
}
