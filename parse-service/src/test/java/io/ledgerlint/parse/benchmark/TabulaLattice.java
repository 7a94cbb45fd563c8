package io.ledgerlint.parse.benchmark;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Quality;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.detectors.DetectionAlgorithm;
import technology.tabula.detectors.NurminenDetectionAlgorithm;
import technology.tabula.detectors.SpreadsheetDetectionAlgorithm;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Tabula-java's lattice (ruling-line) extraction as a peer to measure against. To be scored on the same tables it is
 * given the areas where ledgerlint found each table (the whole page where a table has no cell boxes); the rows it
 * finds on each page of a table are joined into one table with ledgerlint's id. For speed it also runs as its
 * command line's lattice mode does, on whole pages.
 */
final class TabulaLattice {

    /** Whether one of Tabula's table detectors runs here (Tabula 1.0.5 was built for PDFBox 2, and we have 3). */
    record DetectorCheck(String detector, String failure) {
        boolean runs() {
            return failure == null;
        }
    }

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

    /**
     * Tabula's lattice mode as its command line runs it without {@code --area}: every whole page, the tables found
     * from the ruling lines by the extraction itself.
     */
    static List<technology.tabula.Table> extractWholePages(PDDocument document) {
        ObjectExtractor extractor = new ObjectExtractor(document); // not closed, as in extract
        SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
        List<technology.tabula.Table> tables = new ArrayList<>();
        for (int number = 1; number <= document.getNumberOfPages(); number++) {
            tables.addAll(lattice.extract(extractor.extract(number)));
        }
        return tables;
    }

    /** Runs each of Tabula's table detectors on page {@code number} of {@code document}. */
    static List<DetectorCheck> checkDetectors(PDDocument document, int number) {
        Page page = new ObjectExtractor(document).extract(number);
        return Stream.of(new SpreadsheetDetectionAlgorithm(), new NurminenDetectionAlgorithm())
                .map(detector -> check(detector, page)).toList();
    }

    private static DetectorCheck check(DetectionAlgorithm detector, Page page) {
        String name = detector.getClass().getSimpleName();
        try {
            detector.detect(page);
            return new DetectorCheck(name, null);
        } catch (LinkageError | RuntimeException e) {
            // A LinkageError such as NoSuchMethodError: Tabula calls a PDFBox 2 method that PDFBox 3 no longer has.
            return new DetectorCheck(name, e.toString());
        }
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
