package io.ledgerlint.deploy.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What the benchmark runs and where, from system properties (the {@code e2e-benchmark} profile of deploy/pom.xml sets
 * them; {@code -De2e-benchmark.rate=4} and the like override them).
 *
 * @param projectHome  the checkout: {@code ./ledgerlint}, the packaged apps
 * @param corpus       where the PDFs are
 * @param output       the Markdown file whose "End to end" section is replaced
 * @param workRoot     under which each run gets its own directory ({@code data/}: database, Kafka log, blobs)
 * @param logs         where the launcher's output and the services' logs are kept after the run
 * @param rate         the steady round's documents per second
 * @param limit        at most this many PDFs per round (all of them unless set: a quick trial takes a few)
 * @param roundTimeout how long a round's documents may take before the round gives up on the rest
 */
record BenchmarkSettings(Path projectHome, Path corpus, Path output, Path workRoot, Path logs, double rate, int limit,
        Duration roundTimeout) {

    /** The documented command: builds the services and the launcher, then runs this benchmark. */
    static final String COMMAND = "./mvnw -q -pl deploy -am -Pe2e-benchmark -DskipTests verify";

    static BenchmarkSettings fromSystemProperties() {
        Path home = Path.of(System.getProperty("ledgerlint.home", "..")).toAbsolutePath().normalize();
        double rate = Double.parseDouble(System.getProperty("e2e-benchmark.rate", "2"));
        if (!(rate > 0)) {
            throw new IllegalArgumentException("e2e-benchmark.rate must be positive: " + rate);
        }
        return new BenchmarkSettings(home,
                Path.of(System.getProperty("ledgerlint.corpus", home.resolve("corpus").toString())),
                Path.of(System.getProperty("e2e-benchmark.output", home.resolve("docs/benchmarks.md").toString())),
                Path.of(System.getProperty("e2e-benchmark.work", home.resolve("deploy/target/e2e-benchmark")
                        .toString())),
                Path.of(System.getProperty("e2e-benchmark.logs", home.resolve("deploy/target/e2e-benchmark-logs")
                        .toString())),
                rate,
                Integer.parseInt(System.getProperty("e2e-benchmark.limit", String.valueOf(Integer.MAX_VALUE))),
                Duration.ofMinutes(Long.parseLong(System.getProperty("e2e-benchmark.round-timeout-minutes", "15"))));
    }
}
