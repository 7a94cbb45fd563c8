package io.ledgerlint.parse;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.parse.budget.Checkpoint;
import io.ledgerlint.parse.geometry.PageGeometry;
import java.util.List;

/**
 * Finds the tables of a document from the geometry of its pages, read once for text and tables alike, passing
 * {@code perPage} after each page.
 */
@FunctionalInterface
public interface TableSource {

    List<TablesExtracted.Table> extract(List<PageGeometry> pages, Checkpoint perPage);
}
