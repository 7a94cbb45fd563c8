package io.ledgerlint.parse.table;

import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.PageGeometry;
import io.ledgerlint.parse.geometry.Ruling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded synthetic page contents of any size, built directly as the extraction's inputs (rulings, glyphs, pages), for
 * the large-input tests and {@link LargeInputsBenchmark}. Rulings come in random order with a jitter well inside the
 * tolerances that join them, as producers draw them; the same size always gives the same input.
 */
final class LargePages {

    private static final double CELL_WIDTH = 60;
    private static final double CELL_HEIGHT = 20;
    /** Jitter of a ruling's position: well inside the 2 points that make lines one. */
    private static final double JITTER = 0.3;
    /** Small tables side by side in one band of the page. */
    private static final int TABLES_PER_BAND = 40;
    private static final double TABLE_GAP = 20;
    /** Rows of the ruled table on each page of {@link #ruledTablePages}. */
    static final int ROWS_PER_PAGE = 50;
    private static final int COLUMNS = 4;
    private static final double PAGE_WIDTH = 595;
    private static final double PAGE_HEIGHT = 842;
    private static final double TABLE_TOP = 60;
    private static final double ROW_HEIGHT = 14;

    private final Random random;

    LargePages(long seed) {
        this.random = new Random(seed);
    }

    /** Segments of a grid of {@code rows} × {@code cols} cells drawn cell by cell. */
    static int cellByCellSegments(int rows, int cols) {
        return (rows + 1) * cols + (cols + 1) * rows;
    }

    /**
     * One ruled grid of {@code rows} × {@code cols} cells drawn cell by cell: every cell edge is a segment of its own,
     * so the segments are collinear pieces of {@code rows + 1} horizontal and {@code cols + 1} vertical lines.
     */
    List<Ruling> cellByCellGrid(int rows, int cols) {
        List<Ruling> rulings = new ArrayList<>();
        addCellByCell(rulings, 0, 0, rows, cols);
        Collections.shuffle(rulings, random);
        return rulings;
    }

    /**
     * {@code tables} ruled tables of 2 × 2 cells, {@value #TABLES_PER_BAND} side by side per band of the page, each
     * drawn cell by cell (12 segments) and apart from the others: a page of many separate segments that merge into
     * 6 lines per table, with tens of thousands of horizontal and vertical lines across the page.
     */
    List<Ruling> smallTables(int tables) {
        List<Ruling> rulings = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            addCellByCell(rulings, smallTableLeft(t), smallTableTop(t), 2, 2);
        }
        Collections.shuffle(rulings, random);
        return rulings;
    }

    /**
     * The page of {@link #smallTables} with 4 glyphs of text in each cell (16 per table, reading {@link #cellText})
     * and a line of text above each band, which belongs to no table.
     */
    PageGeometry smallTablesWithText(int tables) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            if (t % TABLES_PER_BAND == 0) {
                addText(glyphs, "band" + t / TABLES_PER_BAND, 10, smallTableTop(t) - 4);
            }
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    addText(glyphs, cellText(t, r, c), smallTableLeft(t) + c * CELL_WIDTH + 5,
                            smallTableTop(t) + r * CELL_HEIGHT + 14);
                }
            }
        }
        double width = TABLES_PER_BAND * (2 * CELL_WIDTH + TABLE_GAP);
        double height = smallTableTop(tables) + 2 * CELL_HEIGHT + TABLE_GAP;
        return new PageGeometry(1, width, height, glyphs, smallTables(tables));
    }

    /** The 4 characters in cell ({@code row}, {@code col}) of small table {@code table}. */
    static String cellText(int table, int row, int col) {
        return String.format(Locale.ROOT, "%c%03d", (char) ('a' + row * 2 + col), table % 1000);
    }

    /** {@code lines} lines of 50 glyphs each, as running text: the input of line grouping. */
    List<Glyph> textLines(int lines) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int line = 0; line < lines; line++) {
            double baseline = 20 + line * 12 + random.nextDouble() * JITTER;
            for (int g = 0; g < 50; g++) {
                glyphs.add(new Glyph(String.valueOf((char) ('a' + random.nextInt(26))), 10 + g * 6, baseline - 8,
                        16 + g * 6, baseline));
            }
        }
        Collections.shuffle(glyphs, random);
        return glyphs;
    }

    /**
     * A table printed without rules: a header line, then {@code rows} body lines of a two-ideograph label and two
     * amounts (10 glyphs and more a line), one line every 20 points.
     */
    List<Glyph> streamTable(int rows) {
        List<Glyph> glyphs = new ArrayList<>();
        addIdeographs(glyphs, "项目", 50, 20);
        addIdeographs(glyphs, "本年", 200, 20);
        addIdeographs(glyphs, "上年", 300, 20);
        for (int r = 0; r < rows; r++) {
            double baseline = 40 + r * 20;
            addIdeographs(glyphs, "科目", 50, baseline);
            addAmount(glyphs, amount(), 230, baseline);
            addAmount(glyphs, amount(), 330, baseline);
        }
        return glyphs;
    }

    /**
     * {@code pages} pages each holding a ruled table of {@value #ROWS_PER_PAGE} rows × {@value #COLUMNS} columns with
     * the same columns, ending low on its page: one table continued page after page, {@code 50 × pages} rows.
     */
    List<PageGeometry> ruledTablePages(int pages) {
        List<PageGeometry> result = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            List<Ruling> rulings = new ArrayList<>();
            List<Glyph> glyphs = new ArrayList<>();
            double right = tableColumn(COLUMNS);
            for (int r = 0; r <= ROWS_PER_PAGE; r++) {
                rulings.add(new Ruling(true, TABLE_TOP + r * ROW_HEIGHT, tableColumn(0), right));
            }
            for (int c = 0; c <= COLUMNS; c++) {
                rulings.add(new Ruling(false, tableColumn(c), TABLE_TOP, TABLE_TOP + ROWS_PER_PAGE * ROW_HEIGHT));
            }
            for (int r = 0; r < ROWS_PER_PAGE; r++) {
                double baseline = TABLE_TOP + r * ROW_HEIGHT + 11;
                addText(glyphs, rowLabel(p * ROWS_PER_PAGE + r), tableColumn(0) + 4, baseline);
                for (int c = 1; c < COLUMNS; c++) {
                    addText(glyphs, amount(), tableColumn(c) + 4, baseline);
                }
            }
            result.add(new PageGeometry(p + 1, PAGE_WIDTH, PAGE_HEIGHT, glyphs, rulings));
        }
        return result;
    }

    /** The label in the first column of body row {@code row} of {@link #ruledTablePages}. */
    static String rowLabel(int row) {
        return "r" + row;
    }

    private static double tableColumn(int c) {
        return 50 + c * 120;
    }

    /** An amount "123.45": never an ascending run of small numbers, which would read as a 栏次 row. */
    private String amount() {
        return String.format(Locale.ROOT, "%d.%02d", 100 + random.nextInt(9000), random.nextInt(100));
    }

    private void addCellByCell(List<Ruling> rulings, double left, double top, int rows, int cols) {
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c < cols; c++) {
                rulings.add(new Ruling(true, top + r * CELL_HEIGHT + jitter(), left + c * CELL_WIDTH,
                        left + (c + 1) * CELL_WIDTH));
            }
        }
        for (int c = 0; c <= cols; c++) {
            for (int r = 0; r < rows; r++) {
                rulings.add(new Ruling(false, left + c * CELL_WIDTH + jitter(), top + r * CELL_HEIGHT,
                        top + (r + 1) * CELL_HEIGHT));
            }
        }
    }

    private double jitter() {
        return (random.nextDouble() - 0.5) * JITTER;
    }

    private static double smallTableLeft(int table) {
        return 20 + (table % TABLES_PER_BAND) * (2 * CELL_WIDTH + TABLE_GAP);
    }

    private static double smallTableTop(int table) {
        return 20 + (double) (table / TABLES_PER_BAND) * (2 * CELL_HEIGHT + TABLE_GAP);
    }

    /** Latin text, 5 points a glyph, 8 high, glyphs touching. */
    private static void addText(List<Glyph> glyphs, String text, double x, double baseline) {
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(text.substring(i, i + 1), x + i * 5, baseline - 8, x + (i + 1) * 5, baseline));
        }
    }

    /** Ideographs as wide as the type is big (10 points). */
    private static void addIdeographs(List<Glyph> glyphs, String text, double x, double baseline) {
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(text.substring(i, i + 1), x + i * 10, baseline - 10, x + (i + 1) * 10, baseline));
        }
    }

    /** Digits half an em wide, right-aligned at {@code right}. */
    private static void addAmount(List<Glyph> glyphs, String amount, double right, double baseline) {
        double x = right - amount.length() * 5;
        for (int i = 0; i < amount.length(); i++) {
            glyphs.add(new Glyph(amount.substring(i, i + 1), x + i * 5, baseline - 8, x + (i + 1) * 5, baseline));
        }
    }
}
