package io.ledgerlint.parse.table;

import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.table.StreamHeader.Block;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of a stream table as {@link StreamGrid} reads it: the type size, and the glyphs grouped into lines and each
 * line into words (fragments).
 */
final class StreamText {

    /** Glyphs closer than this share of the type size belong to one word (a fragment). */
    static final double WORD_GAP = 0.5;
    /** Where a number meets an ideograph, a gap of this share of the type size separates two words. */
    private static final double NUMBER_GAP = 0.2;
    /** Fragments of a header line closer than this many ems are one label ("项 目", "功能分类 科目编码"). */
    private static final double LABEL_GAP = 1.2;
    /** Glyphs whose baselines differ by less than this many ems are on one line. */
    static final double SAME_LINE = 0.3;
    /** The text box of a line: this many ems above its baseline, {@link #BELOW} below. */
    static final double ABOVE = 0.75;
    static final double BELOW = 0.1;

    private StreamText() {
    }

    /** The type size: the median width of the ideographs (as wide as the type is big), else twice a digit's. */
    static double em(List<Glyph> glyphs) {
        double[] ideographs = glyphs.stream().filter(g -> isIdeograph(g.text())).mapToDouble(Glyph::width).sorted()
                .toArray();
        if (ideographs.length > 0) {
            return ideographs[ideographs.length / 2];
        }
        double[] others = glyphs.stream().mapToDouble(Glyph::width).filter(w -> w > 0).sorted().toArray();
        return others.length == 0 ? 10 : 2 * others[others.length / 2];
    }

    private static boolean isIdeograph(String text) {
        return !text.isEmpty() && Character.isIdeographic(text.codePointAt(0));
    }

    /** Lines by baseline, top to bottom, each split into fragments (words) left to right. */
    static List<Line> lines(List<Glyph> glyphs, double em) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!current.isEmpty() && glyph.baseline() - current.get(0).baseline() > SAME_LINE * em) {
                lines.add(line(current, em));
                current = new ArrayList<>();
            }
            current.add(glyph);
        }
        lines.add(line(current, em));
        return lines;
    }

    private static Line line(List<Glyph> glyphs, double em) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x0));
        List<Fragment> fragments = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!word.isEmpty() && separates(word.get(word.size() - 1), glyph, em)) {
                fragments.add(Fragment.of(word));
                word = new ArrayList<>();
            }
            if (!glyph.text().isBlank()) {
                word.add(glyph);
            }
        }
        if (!word.isEmpty()) {
            fragments.add(Fragment.of(word));
        }
        return new Line(fragments);
    }

    /**
     * Whether a gap between two glyphs of a line separates two words: a wide one always; a narrow one where a number
     * meets an ideograph (an amount right-aligned against the next column's left-aligned label).
     */
    private static boolean separates(Glyph left, Glyph right, double em) {
        double gap = right.x0() - left.x1();
        return gap > WORD_GAP * em || gap > NUMBER_GAP * em && isIdeograph(left.text()) != isIdeograph(right.text())
                && (isDigit(left.text()) || isDigit(right.text()));
    }

    private static boolean isDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
    }

    /** A word: glyphs of one line without a wide gap. */
    record Fragment(String text, double x0, double x1, double baseline, List<Glyph> glyphs) {

        static Fragment of(List<Glyph> glyphs) {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.text()));
            return new Fragment(text.toString(), glyphs.get(0).x0(),
                    glyphs.stream().mapToDouble(Glyph::x1).max().orElseThrow(),
                    glyphs.stream().mapToDouble(Glyph::baseline).max().orElseThrow(), List.copyOf(glyphs));
        }

        double centerX() {
            return (x0 + x1) / 2;
        }

        boolean isNumber() {
            return Amounts.number(text).isPresent();
        }
    }

    /** The words of one line, left to right. */
    record Line(List<Fragment> fragments) {

        double baseline() {
            return fragments.stream().mapToDouble(Fragment::baseline).average().orElse(0);
        }

        double top(double em) {
            return baseline() - ABOVE * em;
        }

        double bottom(double em) {
            return baseline() + BELOW * em;
        }

        double x0() {
            return fragments.get(0).x0();
        }

        double x1() {
            return fragments.get(fragments.size() - 1).x1();
        }

        List<Glyph> glyphs() {
            return fragments.stream().flatMap(f -> f.glyphs().stream()).toList();
        }

        /**
         * The labels a header line prints: its words, a single character joined to its neighbour within
         * {@link #LABEL_GAP} (letter-spaced labels, "项　目", "栏　次"); never across a column boundary of {@code xs},
         * when the columns are known.
         */
        List<Block> labels(double em, double[] xs) {
            List<Block> labels = new ArrayList<>();
            Block current = null;
            Fragment previous = null;
            for (Fragment fragment : fragments) {
                boolean spaced = previous != null && (previous.glyphs().size() == 1 || fragment.glyphs().size() == 1)
                        && fragment.x0() - current.x1 <= LABEL_GAP * em;
                if (spaced
                        && (xs == null || Grid.slot(xs, current.x1) == Grid.slot(xs, fragment.x0()))) {
                    current.extend(fragment);
                } else {
                    current = new Block(fragment, em);
                    labels.add(current);
                }
                previous = fragment;
            }
            return labels;
        }
    }
}
