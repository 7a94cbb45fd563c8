package io.ledgerlint.deploy.manifests;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Map;

/**
 * The part of KEDA's {@code ScaledObject} (keda.sh/v1alpha1) that deploy/kubernetes uses. KEDA publishes no Java
 * model; read with unknown properties refused, so a misspelt field fails the test instead of being ignored.
 */
record ScaledObject(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    static final String API_VERSION = "keda.sh/v1alpha1";
    static final String KIND = "ScaledObject";

    record Spec(ScaleTargetRef scaleTargetRef, Integer minReplicaCount, Integer maxReplicaCount,
            Integer pollingInterval, Integer cooldownPeriod, List<Trigger> triggers) {
    }

    /** A Deployment unless kind says otherwise. */
    record ScaleTargetRef(String name, String kind, String apiVersion) {
    }

    record Trigger(String type, Map<String, String> metadata) {
    }
}
