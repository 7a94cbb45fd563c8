package io.ledgerlint.report.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out for an inline SVG: one row per item, bar lengths proportional to the largest value.
 * Labels longer than {@link #LABEL_CHARS} are shortened for the axis; the full text stays in {@link Bar#label}.
 */
public record BarChart(List<Bar> bars, int width, int height) {

    public static final int WIDTH = 640;
    public static final int LABEL_WIDTH = 260;
    public static final int ROW_HEIGHT = 24;
    static final int LABEL_CHARS = 16;
    /** Room right of the longest bar for its value. */
    private static final int VALUE_ROOM = 60;

    /** One labelled value; {@code href} may be null. */
    public record Item(String label, long value, String href) {
    }

    /**
     * @param y      top of the row
     * @param length bar length in SVG units
     */
    public record Bar(String label, String shortLabel, long value, String href, int y, int length) {

        public int textY() {
            return y + ROW_HEIGHT * 2 / 3;
        }

        public int barY() {
            return y + 3;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 6;
        }
    }

    public static BarChart of(List<Item> items) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        int room = WIDTH - LABEL_WIDTH - VALUE_ROOM;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            // Every non-zero value gets a visible bar, however small next to the largest.
            int length = item.value() == 0 ? 0 : (int) Math.max(1, Math.round((double) item.value() * room / max));
            bars.add(new Bar(item.label(), shorten(item.label()), item.value(), item.href(), i * ROW_HEIGHT, length));
        }
        return new BarChart(bars, WIDTH, Math.max(ROW_HEIGHT, items.size() * ROW_HEIGHT));
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return ROW_HEIGHT - 6;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    private static String shorten(String label) {
        return label.codePointCount(0, label.length()) <= LABEL_CHARS ? label
                : label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }
}
