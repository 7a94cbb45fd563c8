package io.ledgerlint.parse.table;

import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.table.StreamText.Fragment;
import io.ledgerlint.parse.table.StreamText.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The header of a stream table: its labels as blocks, each spanning the columns it is centred over, stacked into
 * header rows by what lies above what.
 */
final class StreamHeader {

    /** A header label centred over columns within this many ems of their middle spans them. */
    private static final double CENTRED = 0.6;
    /**
     * A group header taking the labels below it may sit this share of its columns' width off their middle: the
     * columns' edges are estimated from the text, not printed.
     */
    private static final double ORPHAN_CENTRED = 0.15;
    /** Wrapped lines of one header label follow within this many ems. */
    static final double HEADER_WRAP = 1.5;

    private StreamHeader() {
    }

    /**
     * The header's labels as blocks: a label's lines (a wrapped label) joined, each then spanning the columns it is
     * centred over ({@link #centre}).
     */
    static List<Block> headerBlocks(List<Line> labels, double[] xs, double em) {
        List<Block> pieces = pieces(labels, xs, em);
        pieces.sort(Comparator.comparingDouble(b -> b.baseline));
        List<Block> blocks = new ArrayList<>();
        for (Block piece : pieces) {
            Block wrapped = null;
            for (Block block : blocks) {
                boolean under = block.first == piece.first && block.last == piece.last
                        ? block.x0 < piece.x1 && piece.x0 < block.x1 // the same columns, overlapping
                        : block.x0 <= piece.x0 && piece.x1 <= block.x1; // a short last line centred under it
                if (under && piece.baseline - block.baseline <= HEADER_WRAP * em) {
                    wrapped = block;
                }
            }
            if (wrapped == null) {
                blocks.add(piece);
            } else {
                wrapped.absorb(piece);
            }
        }
        centre(blocks, xs, em);
        return blocks;
    }

    /** The labels of lines, each spanning the columns under its text. */
    static List<Block> pieces(List<Line> lines, double[] xs, double em) {
        List<Block> pieces = new ArrayList<>();
        for (Line line : lines) {
            for (Block piece : line.labels(em, xs)) {
                piece.first = Grid.slot(xs, Math.max(piece.x0, xs[0]) + 0.01);
                piece.last = Grid.slot(xs, Math.min(piece.x1, xs[xs.length - 1]) - 0.01);
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /**
     * Gives each label the columns it is centred over, lowest labels first: of the ranges around its text that hold
     * no other label at its height (a group header such as 预算数 reaches as far as the next group header) and cut
     * no label below it in two, the one whose middle is nearest the middle of its text.
     */
    static void centre(List<Block> blocks, double[] xs, double em) {
        List<Block> lowestFirst = new ArrayList<>(blocks);
        lowestFirst.sort(Comparator.comparingDouble((Block b) -> b.top).reversed());
        lowestFirst.forEach(block -> centre(blocks, block, List.of(), xs, em).applyTo(block));
    }

    /**
     * @param orphans labels below that want a header above them: of the well-centred ranges, the one covering most of
     *                them wins
     */
    private static Span centre(List<Block> blocks, Block block, List<Block> orphans, double[] xs, double em) {
        double centre = (block.x0 + block.x1) / 2;
        int lo = block.first;
        while (lo > 0 && free(blocks, block, lo - 1)) {
            lo--;
        }
        int hi = block.last;
        while (hi + 2 < xs.length && free(blocks, block, hi + 1)) {
            hi++;
        }
        int first = block.first;
        int last = block.last;
        double best = Double.MAX_VALUE;
        int mostCovered = 0;
        int narrowest = Integer.MAX_VALUE;
        for (int a = block.first; a >= lo; a--) {
            for (int b = block.last; b <= hi; b++) {
                if (!coversWhole(blocks, block, a, b)) {
                    continue;
                }
                double off = Math.abs(centre - (xs[a] + xs[b + 1]) / 2);
                int from = a;
                int to = b;
                int covered = (int) orphans.stream().filter(o -> from <= o.first && o.last <= to).count();
                boolean better;
                if (orphans.isEmpty()) { // the narrowest range it is centred over, else the best centred
                    boolean centred = off <= CENTRED * em;
                    better = centred ? b - a < narrowest || b - a == narrowest && off < best
                            : narrowest == Integer.MAX_VALUE && off < best;
                    if (better && centred) {
                        narrowest = b - a;
                    }
                } else {
                    boolean centred = off <= Math.max(CENTRED * em, ORPHAN_CENTRED * (xs[b + 1] - xs[a]));
                    better = covered > mostCovered && centred || covered == mostCovered && off < best;
                    if (better) {
                        mostCovered = covered;
                    }
                }
                if (better) {
                    best = off;
                    first = a;
                    last = b;
                }
            }
        }
        return new Span(first, last, mostCovered, best / (xs[last + 1] - xs[first]));
    }

    /**
     * Columns a label may span.
     *
     * @param covered how many of the wanted labels below it covers
     * @param offset  how far its text sits off their middle, as a share of their width
     */
    private record Span(int first, int last, int covered, double offset) {

        void applyTo(Block block) {
            block.first = first;
            block.last = last;
        }

        boolean betterThan(Span other) {
            return other == null || covered > other.covered || covered == other.covered && offset < other.offset;
        }
    }

    /** Whether the columns {@code a..b} hold each label below {@code block} wholly or not at all. */
    private static boolean coversWhole(List<Block> blocks, Block block, int a, int b) {
        return blocks.stream().noneMatch(below -> below.top > block.bottom && below.first <= b && a <= below.last
                && (below.first < a || below.last > b));
    }

    /** Whether no other label at the height of {@code block} stands in column {@code column}. */
    private static boolean free(List<Block> blocks, Block block, int column) {
        return blocks.stream().noneMatch(other -> other != block && other.first <= column && column <= other.last
                && other.top < block.bottom && block.top < other.bottom);
    }

    /**
     * Gives each header block its row (one more than the lowest block above it over the same columns) and its row
     * span (down to the next block below it, or to the last label row); returns the number of label rows.
     */
    static int levels(List<Block> blocks, double[] xs, double em) {
        blocks.sort(Comparator.comparingDouble(b -> b.top));
        int rows = 0;
        for (Block block : blocks) {
            block.level = 0;
            for (Block above : blocks) {
                if (above != block && above.overlaps(block) && above.bottom < block.top) {
                    block.level = Math.max(block.level, above.level + 1);
                }
            }
            rows = Math.max(rows, block.level + 1);
        }
        for (int level = 0; level + 1 < rows; level++) {
            fillHoles(blocks, level, xs, em);
        }
        for (Block block : blocks) {
            int end = rows;
            for (Block below : blocks) {
                if (below.level > block.level && below.overlaps(block)) {
                    end = Math.min(end, below.level);
                }
            }
            block.rowSpan = end - block.level;
        }
        return rows;
    }

    /**
     * A label with nothing above it that starts as low as the labels of the next row is one of them, not a label
     * spanning both rows, when a neighbouring group header takes the cell above it: "本年支出" centred over 小计,
     * 基本支出 and 项目支出 is widened over the first and the last once they are known to stand below it.
     */
    private static void fillHoles(List<Block> blocks, int level, double[] xs, double em) {
        double nextTop = blocks.stream().filter(b -> b.level == level + 1).mapToDouble(b -> b.top).min()
                .orElse(Double.MAX_VALUE);
        List<Block> orphans = blocks.stream().filter(block -> block.level == level && !hasChild(blocks, block)
                && block.top >= nextTop - StreamText.SAME_LINE * em).toList();
        if (orphans.isEmpty()) {
            return;
        }
        orphans.forEach(orphan -> orphan.level = level + 1);
        List<Block> parents = new ArrayList<>(blocks.stream()
                .filter(parent -> parent.level == level && hasChild(blocks, parent)).toList());
        while (!parents.isEmpty()) { // the group header that takes most of them, best centred, goes first
            Block chosen = null;
            Span chosenSpan = null;
            for (Block parent : parents) {
                Span span = centre(blocks, parent, orphans, xs, em);
                if (span.betterThan(chosenSpan)) {
                    chosen = parent;
                    chosenSpan = span;
                }
            }
            chosenSpan.applyTo(chosen);
            parents.remove(chosen);
        }
        for (Block orphan : orphans) {
            if (blocks.stream().noneMatch(above -> above.level == level && above.overlaps(orphan))) {
                orphan.level = level;
            }
        }
    }

    private static boolean hasChild(List<Block> blocks, Block parent) {
        return blocks.stream().anyMatch(child -> child.level > parent.level && child.overlaps(parent));
    }

    /** A header label: its text, extent, the columns it spans and, once stacked, its row and row span. */
    static final class Block {
        final List<Glyph> glyphs = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        double x0;
        double x1;
        double top;
        double bottom;
        double baseline;
        int first = -1;
        int last = -1;
        int level;
        int rowSpan = 1;

        Block(Fragment fragment, double em) {
            x0 = fragment.x0();
            x1 = fragment.x1();
            baseline = fragment.baseline();
            top = baseline - StreamText.ABOVE * em;
            bottom = baseline + StreamText.BELOW * em;
            glyphs.addAll(fragment.glyphs());
            text.append(fragment.text());
        }

        String text() {
            return text.toString();
        }

        void extend(Fragment fragment) {
            x1 = Math.max(x1, fragment.x1());
            glyphs.addAll(fragment.glyphs());
            text.append(' ').append(fragment.text());
        }

        void absorb(Block below) {
            x0 = Math.min(x0, below.x0);
            x1 = Math.max(x1, below.x1);
            bottom = Math.max(bottom, below.bottom);
            baseline = below.baseline;
            glyphs.addAll(below.glyphs);
        }

        boolean overlaps(Block other) {
            return first <= other.last && other.first <= last;
        }
    }
}
