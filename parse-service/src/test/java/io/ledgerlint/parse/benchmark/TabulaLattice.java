package io.ledgerlint.parse.benchmark;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Quality;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Tabula-java's lattice (ruling-line) extraction as a peer to measure against. Its table detection does not run on
 * PDFBox 3, so it is given the areas where ledgerlint found each table (the whole page where a table has no cell
 * boxes); the rows it finds on each page of a table are joined into one table with ledgerlint's id.
 */
final class TabulaLattice {

    /** Margin around ledgerlint's cell boxes so that the outer ruling lines lie inside the area. */
    private static final float MARGIN = 3;

    private TabulaLattice() {
    }

    static List<Table> extract(PDDocument document, List<Table> located) {
        // Not closed: closing the extractor would close the document, which belongs to the caller.
        ObjectExtractor extractor = new ObjectExtractor(document);
        SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
        Map<Integer, Page> pages = new HashMap<>();
        List<Table> tables = new ArrayList<>();
        for (Table table : located) {
            List<List<Cell>> rows = new ArrayList<>();
            for (int number = table.page(); number <= Math.max(table.page(), table.pageEnd()); number++) {
                Page page = pages.computeIfAbsent(number, extractor::extract);
                float[] area = area(table, number);
                Page region = area == null ? page : page.getArea(area[1] - MARGIN, area[0] - MARGIN,
                        area[3] + MARGIN, area[2] + MARGIN);
                for (technology.tabula.Table found : lattice.extract(region)) {
                    for (List<RectangularTextContainer> row : found.getRows()) {
                        rows.add(row.stream().map(cell -> Cell.ofText(cell.getText().strip())).toList());
                    }
                }
            }
            tables.add(new Table(table.id(), table.title(), null, null, null, table.page(), table.pageEnd(),
                    List.of(), rows, List.of(), List.of(), new Quality(0, "lattice", List.of())));
        }
        return tables;
    }

    /** {x0, y0, x1, y1} around the table's cells on {@code page}, or null when it has no boxes there. */
    private static float[] area(Table table, int page) {
        float[] area = null;
        for (List<List<Cell>> part : List.of(table.headerRows(), table.rows())) {
            for (List<Cell> row : part) {
                for (Cell cell : row) {
                    int cellPage = cell.page() == 0 ? table.page() : cell.page();
                    if (cell.box() == null || cellPage != page) {
                        continue;
                    }
                    double[] box = cell.box();
                    area = area == null ? new float[] {(float) box[0], (float) box[1], (float) box[2], (float) box[3]}
                            : new float[] {Math.min(area[0], (float) box[0]), Math.min(area[1], (float) box[1]),
                                    Math.max(area[2], (float) box[2]), Math.max(area[3], (float) box[3])};
                }
            }
        }
        return area;
    }
}
