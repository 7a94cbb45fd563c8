package io.ledgerlint.deploy;

import java.nio.file.Path;

/** The four Quarkus services, each a packaged app under {@code <module>/target/quarkus-app}. */
public enum Service {
    REPORT("report-service", PortSetting.REPORT),
    INGEST("ingest-service", PortSetting.INGEST),
    PARSE("parse-service", PortSetting.PARSE),
    VALIDATE("validate-service", PortSetting.VALIDATE);

    private final String moduleName;
    private final PortSetting port;

    Service(String moduleName, PortSetting port) {
        this.moduleName = moduleName;
        this.port = port;
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
