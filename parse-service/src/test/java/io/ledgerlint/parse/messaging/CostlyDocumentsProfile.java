package io.ledgerlint.parse.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * Two documents parsed at once; budgets so wide that only the wall time (15 s) stops a document of nested forms; a
 * table source that fails on demand ({@link TablesFailingOnDemand}) and an exit that is only recorded
 * ({@link RecordedExit}).
 */
public class CostlyDocumentsProfile implements QuarkusTestProfile {

    static final int WALL_TIME_SECONDS = 15;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "ledgerlint.parse.concurrency", "2",
                "smallrye.messaging.worker.parse-workers.max-concurrency", "2",
                "ledgerlint.parse.budget.operators", Long.toString(Long.MAX_VALUE),
                "ledgerlint.parse.budget.glyphs", Long.toString(Long.MAX_VALUE),
                "ledgerlint.parse.budget.xobject-invocations", Long.toString(Long.MAX_VALUE),
                "ledgerlint.parse.budget.decoded-stream-bytes", Long.toString(Long.MAX_VALUE),
                "ledgerlint.parse.budget.wall-time", WALL_TIME_SECONDS + "s");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TablesFailingOnDemand.class, RecordedExit.class);
    }
}
