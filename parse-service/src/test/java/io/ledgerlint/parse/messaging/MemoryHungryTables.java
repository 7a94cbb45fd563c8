package io.ledgerlint.parse.messaging;

import io.ledgerlint.parse.TableSource;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.table.TableExtractor;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * The service's table source, except that a document whose first page says {@link #MARKER} makes it throw an
 * {@link OutOfMemoryError}, as a document too big for the heap would. Enabled by {@link CostlyDocumentsProfile}.
 */
@Alternative
public class MemoryHungryTables {

    static final String MARKER = "memory-hungry";

    @Produces
    @Singleton
    @Alternative
    TableSource tableSource() {
        TableExtractor extractor = new TableExtractor();
        return pages -> {
            String firstPage = pages.get(0).glyphs().stream().map(Glyph::text).collect(Collectors.joining());
            if (firstPage.contains(MARKER)) {
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            }
            return extractor.extract(pages);
        };
    }
}
