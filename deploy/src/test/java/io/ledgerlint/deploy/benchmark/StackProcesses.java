package io.ledgerlint.deploy.benchmark;

import io.ledgerlint.deploy.LedgerlintUp;
import io.ledgerlint.deploy.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The processes of a running stack by what they are, told apart by their command lines: the launcher's children are
 * the services ({@code java ... -jar <module>/target/quarkus-app/quarkus-run.jar}) and the broker
 * ({@code java ... kafka.Kafka}); PostgreSQL is the postmaster and the backends it forks, found anew at each look
 * because backends come and go.
 */
final class StackProcesses {

    private StackProcesses() {
    }

    /** Each group by name: the launcher, the infrastructure, then the services in pipeline order. */
    static Map<String, Supplier<List<ProcessHandle>>> of(LedgerlintUp run) {
        ProcessHandle launcher = run.launcher().orElseThrow(() -> new IllegalStateException("the launcher is gone"));
        List<ProcessHandle> children = launcher.children().toList();
        Map<String, Supplier<List<ProcessHandle>>> groups = new LinkedHashMap<>();
        groups.put("launcher", () -> List.of(launcher));
        groups.put("kafka", fixed(children, "kafka.Kafka"));
        groups.put("postgres", () -> postgres(run));
        for (Service service : List.of(Service.INGEST, Service.PARSE, Service.VALIDATE, Service.REPORT)) {
            groups.put(service.moduleName(), fixed(children, "/" + service.moduleName() + "/target/quarkus-app/"));
        }
        return groups;
    }

    private static Supplier<List<ProcessHandle>> fixed(List<ProcessHandle> children, String commandLinePart) {
        List<ProcessHandle> matching = children.stream()
                .filter(child -> child.info().commandLine().orElse("").contains(commandLinePart))
                .toList();
        if (matching.isEmpty()) {
            throw new IllegalStateException("no child process of the launcher runs " + commandLinePart);
        }
        return () -> matching;
    }

    private static List<ProcessHandle> postgres(LedgerlintUp run) {
        try {
            return run.postmaster()
                    .map(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList())
                    .orElse(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
