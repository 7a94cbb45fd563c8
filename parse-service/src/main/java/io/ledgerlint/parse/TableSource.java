package io.ledgerlint.parse;

import io.ledgerlint.contracts.events.TablesExtracted;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Finds the tables of an opened document (the table extractor, or a peer measured against it). */
@FunctionalInterface
public interface TableSource {

    List<TablesExtracted.Table> extract(PDDocument document) throws IOException;
}
