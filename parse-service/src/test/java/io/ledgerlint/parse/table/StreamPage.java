package io.ledgerlint.parse.table;

import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.PageGeometry;
import io.ledgerlint.parse.geometry.Ruling;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic page of text set without a grid, as a PDF shows it: one glyph per character on a baseline, an ideograph
 * (or full-width sign) as wide as the type size ({@link #SIZE}), a digit, Latin letter or ASCII sign half that, each
 * glyph {@link #SIZE} high; text placed left-aligned, right-aligned or centred on an x; optional ruling lines. A space
 * advances half an em and prints no glyph.
 */
final class StreamPage {

    static final double SIZE = 10;
    static final double WIDTH = 600;
    static final double HEIGHT = 800;

    private final int number;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();

    StreamPage(int number) {
        this.number = number;
    }

    /** Text starting at {@code x}. */
    StreamPage left(String text, double x, double baseline) {
        return at(Anchor.left(x), text, baseline);
    }

    /** Text ending at {@code x}. */
    StreamPage right(String text, double x, double baseline) {
        return at(Anchor.right(x), text, baseline);
    }

    /** Text centred on {@code x}. */
    StreamPage centred(String text, double x, double baseline) {
        return at(Anchor.centre(x), text, baseline);
    }

    /** One line of a table: each text placed by its column's anchor; "" prints nothing. */
    StreamPage row(double baseline, Columns columns, String... cells) {
        if (cells.length != columns.anchors().size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.anchors().size() + " columns");
        }
        for (int c = 0; c < cells.length; c++) {
            at(columns.anchors().get(c), cells[c], baseline);
        }
        return this;
    }

    /** A horizontal rule at {@code y} from {@code x0} to {@code x1}. */
    StreamPage rule(double y, double x0, double x1) {
        rulings.add(new Ruling(true, y, x0, x1));
        return this;
    }

    /** A vertical rule at {@code x} from {@code y0} down to {@code y1}. */
    StreamPage vertical(double x, double y0, double y1) {
        rulings.add(new Ruling(false, x, y0, y1));
        return this;
    }

    PageGeometry build() {
        return new PageGeometry(number, WIDTH, HEIGHT, List.copyOf(glyphs), List.copyOf(rulings));
    }

    private StreamPage at(Anchor anchor, String text, double baseline) {
        double x = switch (anchor.align()) {
            case LEFT -> anchor.x();
            case RIGHT -> anchor.x() - width(text);
            case CENTRE -> anchor.x() - width(text) / 2;
        };
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            double advance = advance(cp);
            if (!Character.isWhitespace(cp)) {
                glyphs.add(new Glyph(new String(Character.toChars(cp)), x, baseline - SIZE, x + advance, baseline));
            }
            x += advance;
            i += Character.charCount(cp);
        }
        return this;
    }

    static double width(String text) {
        return text.codePoints().mapToDouble(StreamPage::advance).sum();
    }

    private static double advance(int cp) {
        return cp >= 0x2E80 ? SIZE : SIZE / 2; // CJK and full-width forms: an em; the rest half of it
    }

    enum Align {
        LEFT, RIGHT, CENTRE
    }

    /** Where the text of a column sits: its left edge, right edge or centre. */
    record Anchor(Align align, double x) {

        static Anchor left(double x) {
            return new Anchor(Align.LEFT, x);
        }

        static Anchor right(double x) {
            return new Anchor(Align.RIGHT, x);
        }

        static Anchor centre(double x) {
            return new Anchor(Align.CENTRE, x);
        }
    }

    /** The anchors of a table's columns, left to right. */
    record Columns(List<Anchor> anchors) {

        static Columns of(Anchor... anchors) {
            return new Columns(List.of(anchors));
        }
    }
}
