package io.ledgerlint.parse.messaging;

import io.ledgerlint.parse.TableSource;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.table.TableExtractor;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * The service's table source, except that a document whose first page says {@link #OUT_OF_MEMORY} makes it throw an
 * {@link OutOfMemoryError}, as a document too big for the heap would, and one that says {@link #UNRECOVERABLE} an
 * {@link InternalError}, a {@link VirtualMachineError} after which the JVM is not to be trusted. Enabled by
 * {@link CostlyDocumentsProfile}.
 */
@Alternative
public class TablesFailingOnDemand {

    static final String OUT_OF_MEMORY = "memory-hungry";
    static final String UNRECOVERABLE = "unrecoverable";

    @Produces
    @Singleton
    @Alternative
    TableSource tableSource() {
        TableExtractor extractor = new TableExtractor();
        return (pages, perPage) -> {
            String firstPage = pages.get(0).glyphs().stream().map(Glyph::text).collect(Collectors.joining());
            if (firstPage.contains(OUT_OF_MEMORY)) {
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            }
            if (firstPage.contains(UNRECOVERABLE)) {
                throw new InternalError("the virtual machine is broken (thrown by the test)");
            }
            return extractor.extract(pages, perPage);
        };
    }
}
