package io.ledgerlint.deploy.batch;

import io.ledgerlint.deploy.LedgerlintUp;
import io.ledgerlint.deploy.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The processes of a running stack by what they are, told apart by their command lines: the launcher's children are
 * the services ({@code java ... -jar <module>/target/quarkus-app/quarkus-run.jar}) and the broker
 * ({@code java ... kafka.Kafka}); PostgreSQL is the postmaster and the backends it forks, found anew at each look
 * because backends come and go.
 */
public final class StackProcesses {

    /** The broker's name, as the launcher's output calls it. */
    public static final String KAFKA = "kafka";
    private static final String KAFKA_MAIN = " kafka.Kafka ";
    /** What the launcher names each service's copy by on its command line ({@code LocalStack.INSTANCE_PROPERTY}). */
    private static final String INSTANCE_PROPERTY = "ledgerlint.instance";

    private StackProcesses() {
    }

    /** Each group by name: the launcher, the infrastructure, then the services in pipeline order. */
    public static Map<String, Supplier<List<ProcessHandle>>> of(LedgerlintUp run) {
        ProcessHandle launcher = run.launcher().orElseThrow(() -> new IllegalStateException("the launcher is gone"));
        List<ProcessHandle> children = launcher.children().toList();
        Map<String, Supplier<List<ProcessHandle>>> groups = new LinkedHashMap<>();
        groups.put("launcher", () -> List.of(launcher));
        groups.put(KAFKA, fixed(children, KAFKA));
        groups.put("postgres", () -> postgres(run));
        for (Service service : List.of(Service.INGEST, Service.PARSE, Service.VALIDATE, Service.REPORT)) {
            groups.put(service.moduleName(), fixed(children, service.moduleName()));
        }
        return groups;
    }

    /**
     * The launcher's child running {@code name} now: {@value #KAFKA}, or a service's copy as the launcher names it
     * ({@code parse-service}, {@code parse-service-2}); after a restart, a new process.
     */
    public static Optional<ProcessHandle> child(LedgerlintUp run, String name) {
        String commandLinePart = name.equals(KAFKA) ? KAFKA_MAIN : "-D" + INSTANCE_PROPERTY + "=" + name + " ";
        return run.launcher().stream().flatMap(ProcessHandle::children)
                .filter(child -> runs(child, commandLinePart))
                .findFirst();
    }

    /** The children whose command line holds {@code name}'s part: all copies of a service, or the broker. */
    private static Supplier<List<ProcessHandle>> fixed(List<ProcessHandle> children, String name) {
        String commandLinePart = name.equals(KAFKA) ? KAFKA_MAIN : "/" + name + "/target/quarkus-app/";
        List<ProcessHandle> matching = children.stream().filter(child -> runs(child, commandLinePart)).toList();
        if (matching.isEmpty()) {
            throw new IllegalStateException("no child process of the launcher runs " + name);
        }
        return () -> matching;
    }

    private static boolean runs(ProcessHandle child, String commandLinePart) {
        return child.info().commandLine().orElse("").contains(commandLinePart);
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
