package io.ledgerlint.deploy;

import java.nio.file.Path;
import java.util.List;

/**
 * The four Quarkus services, each a packaged app under {@code <module>/target/quarkus-app}, with the heap each needs:
 * parse holds a PDF's decoded streams and fonts per document in flight, report renders page images and PDF exports;
 * ingest and validate hold one event's worth of data.
 */
public enum Service {
    REPORT("report-service", PortSetting.REPORT, 256),
    INGEST("ingest-service", PortSetting.INGEST, 128),
    PARSE("parse-service", PortSetting.PARSE, 256),
    VALIDATE("validate-service", PortSetting.VALIDATE, 160);

    private final String moduleName;
    private final PortSetting port;
    private final int maxHeapMiB;

    Service(String moduleName, PortSetting port, int maxHeapMiB) {
        this.moduleName = moduleName;
        this.port = port;
        this.maxHeapMiB = maxHeapMiB;
    }

    /**
     * The JVM options of a local run: the service's heap, and the serial collector, whose footprint suits heaps this
     * small better than G1's (which the JVM would choose on a machine with this much memory).
     */
    public List<String> jvmOptions() {
        return List.of("-Xmx" + maxHeapMiB + "m", "-XX:+UseSerialGC");
    }

    /** The service of that module, or null. */
    static Service ofModuleOrNull(String moduleName) {
        for (Service service : values()) {
            if (service.moduleName.equals(moduleName)) {
                return service;
            }
        }
        return null;
    }

    public String moduleName() {
        return moduleName;
    }

    public PortSetting port() {
        return port;
    }

    public Path runnableJar(Path projectHome) {
        return projectHome.resolve(moduleName).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
