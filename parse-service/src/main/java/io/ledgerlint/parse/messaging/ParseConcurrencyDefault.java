package io.ledgerlint.parse.messaging;

import io.quarkus.runtime.annotations.StaticInitSafe;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default of {@code ledgerlint.parse.concurrency}, how many documents are parsed at once: one per core of the
 * machine the service runs on, since parsing one document is single-threaded and CPU-bound, but no more than the heap
 * holds: a document in flight may keep {@code ledgerlint.parse.max-main-memory-bytes} (64 MiB) of decoded streams
 * besides its fonts and page model, so a small heap on a machine with many cores must not take a document per core.
 * A value in
 * application.properties, the environment or a system property overrides it, as this source ranks below them all.
 * Registered in META-INF/services, because a properties file cannot ask the machine for its core count; safe for
 * static init, where Quarkus sets up the messaging worker pools.
 */
@StaticInitSafe
public final class ParseConcurrencyDefault implements ConfigSource {

    /** Below META-INF/microprofile-config.properties (100), so every other source wins. */
    private static final int ORDINAL = 50;
    /** Heap to reserve per document in flight: the decoded-stream budget (64 MiB) and room for fonts and pages. */
    static final long HEAP_PER_DOCUMENT = 96L * 1024 * 1024;

    private final Map<String, String> properties = Map.of("ledgerlint.parse.concurrency",
            String.valueOf(forMachine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory())));

    /** One document per core, as many as {@code maxHeapBytes} holds, at least one. */
    static int forMachine(int cores, long maxHeapBytes) {
        return (int) Math.max(1, Math.min(cores, maxHeapBytes / HEAP_PER_DOCUMENT));
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return ParseConcurrencyDefault.class.getSimpleName();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
