package io.ledgerlint.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.parse.geometry.Ruling;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridDetectorTest {

    private final GridDetector detector = new GridDetector();

    @Test
    void fullGridGivesOneCellPerSlot() {
        List<Grid> grids = detector.detect(lattice(new double[] {0, 50, 100, 150}, new double[] {0, 20, 40}));
        assertThat(grids).hasSize(1);
        Grid grid = grids.get(0);
        assertThat(grid.columnCount()).isEqualTo(3);
        assertThat(grid.rowCount()).isEqualTo(2);
        assertThat(grid.cells()).hasSize(6).allMatch(c -> c.rowSpan() == 1 && c.colSpan() == 1);
    }

    @Test
    void missingInternalLinesMergeCells() {
        double[] xs = {0, 50, 100, 150};
        double[] ys = {0, 20, 40};
        List<Ruling> rulings = new ArrayList<>();
        // Top row: one cell over all three columns (no vertical lines inside it).
        for (double y : ys) {
            rulings.add(new Ruling(true, y, 0, 150));
        }
        rulings.add(new Ruling(false, 0, 0, 40));
        rulings.add(new Ruling(false, 150, 0, 40));
        rulings.add(new Ruling(false, 50, 20, 40));
        rulings.add(new Ruling(false, 100, 20, 40));
        Grid grid = detector.detect(rulings).get(0);
        assertThat(grid.cells()).contains(new Grid.GridCell(0, 0, 1, 3), new Grid.GridCell(1, 0, 1, 1),
                new Grid.GridCell(1, 2, 1, 1));
        assertThat(grid.cells()).hasSize(4);
    }

    @Test
    void aMergedAreaThatIsNoRectangleIsCountedIrregular() {
        List<Ruling> rulings = new ArrayList<>();
        // 2 x 2 slots; the rule between the top two slots and the one under the top-left slot are missing, so the
        // top-left, top-right and bottom-left slots form an L
        rulings.add(new Ruling(true, 0, 0, 100));
        rulings.add(new Ruling(true, 40, 0, 100));
        rulings.add(new Ruling(true, 20, 50, 100));
        rulings.add(new Ruling(false, 0, 0, 40));
        rulings.add(new Ruling(false, 100, 0, 40));
        rulings.add(new Ruling(false, 50, 20, 40));
        Grid grid = detector.detect(rulings).get(0);
        assertThat(grid.irregularCells()).isEqualTo(1);
        assertThat(detector.detect(lattice(new double[] {0, 50, 100}, new double[] {0, 20, 40})).get(0)
                .irregularCells()).isZero();
    }

    @Test
    void linesDrawnInPiecesAndDoubleRulesMakeOneGrid() {
        List<Ruling> rulings = new ArrayList<>();
        // Each horizontal drawn cell by cell, with hairline gaps; the bottom rule doubled 1.5 pt apart.
        for (double y : new double[] {0, 20, 40, 41.5}) {
            rulings.add(new Ruling(true, y, 0, 49.5));
            rulings.add(new Ruling(true, y + 0.3, 50.5, 100));
        }
        for (double x : new double[] {0, 50, 100}) {
            rulings.add(new Ruling(false, x, 0, 41.5));
        }
        List<Grid> grids = detector.detect(rulings);
        assertThat(grids).hasSize(1);
        assertThat(grids.get(0).rowCount()).isEqualTo(2);
        assertThat(grids.get(0).columnCount()).isEqualTo(2);
    }

    @Test
    void separateTablesOnOnePageStaySeparate() {
        List<Ruling> rulings = new ArrayList<>(lattice(new double[] {0, 50, 100}, new double[] {0, 20, 40}));
        rulings.addAll(lattice(new double[] {0, 60, 120}, new double[] {200, 220, 240, 260}));
        List<Grid> grids = detector.detect(rulings);
        assertThat(grids).extracting(Grid::rowCount).containsExactly(2, 3);
    }

    @Test
    void aLoneUnderlineIsNoTable() {
        assertThat(detector.detect(List.of(new Ruling(true, 10, 0, 100)))).isEmpty();
    }

    static List<Ruling> lattice(double[] xs, double[] ys) {
        List<Ruling> rulings = new ArrayList<>();
        for (double y : ys) {
            rulings.add(new Ruling(true, y, xs[0], xs[xs.length - 1]));
        }
        for (double x : xs) {
            rulings.add(new Ruling(false, x, ys[0], ys[ys.length - 1]));
        }
        return rulings;
    }
}
