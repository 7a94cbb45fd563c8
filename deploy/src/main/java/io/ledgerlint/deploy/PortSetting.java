package io.ledgerlint.deploy;

import java.util.Locale;

/** Every port the local stack listens on, with its default, its environment variable and its command-line flag. */
public enum PortSetting {
    REPORT(8080),
    INGEST(8081),
    PARSE(8082),
    VALIDATE(8083),
    KAFKA(9092),
    DB(5432),
    /** The local S3-compatible server, started with {@code --bucket}. */
    S3(9000);

    /** Asks for any free port: what the end-to-end test uses. */
    public static final int ANY_FREE = 0;

    private final int defaultPort;

    PortSetting(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String environmentVariable() {
        return "LEDGERLINT_" + name() + "_PORT";
    }

    public String flag() {
        return "--" + name().toLowerCase(Locale.ROOT) + "-port";
    }
}
