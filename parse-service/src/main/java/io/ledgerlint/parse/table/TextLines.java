package io.ledgerlint.parse.table;

import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.parse.geometry.Glyph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into lines of text, top to bottom, each read left to right. */
final class TextLines {

    /** A line of text, the box around it and its glyphs left to right. */
    record Line(String text, double x0, double top, double x1, double bottom, List<Glyph> glyphs) {

        double height() {
            return bottom - top;
        }

        /**
         * The type size, as the widest glyph's advance: PDFBox's glyph heights vary by font (often half the size),
         * while a CJK glyph is as wide as the type is big.
         */
        double em() {
            return Math.max(height(), glyphs.stream().mapToDouble(Glyph::width).max().orElse(0));
        }
    }

    private TextLines() {
    }

    static List<Line> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centerY));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        double lineCentre = 0;
        for (Glyph glyph : sorted) {
            if (line != null && Math.abs(glyph.centerY() - lineCentre) <= glyph.height() * 0.5) {
                line.add(glyph);
            } else {
                line = new ArrayList<>();
                line.add(glyph);
                lines.add(line);
                lineCentre = glyph.centerY();
            }
        }
        List<Line> result = new ArrayList<>(lines.size());
        for (List<Glyph> members : lines) {
            members.sort(Comparator.comparingDouble(Glyph::x0));
            result.add(line(members));
        }
        return result;
    }

    /** Runs for every line of a page and of every cell: one loop for the box, no streams. */
    private static Line line(List<Glyph> members) {
        double top = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Glyph glyph : members) {
            top = Math.min(top, glyph.top());
            x1 = Math.max(x1, glyph.x1());
            bottom = Math.max(bottom, glyph.baseline());
        }
        return new Line(join(members), members.get(0).x0(), top, x1, bottom, List.copyOf(members));
    }

    /** Glyphs of one line; a visible gap wider than a third of the glyph height becomes a space. */
    private static String join(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            if (previous != null && glyph.x0() - previous.x1() > glyph.height() / 3) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString();
    }

    /**
     * The text of a cell: its lines joined without a space (wrapped CJK text), except between two Latin words,
     * whitespace collapsed.
     */
    static String cellText(List<Glyph> glyphs) {
        String text = "";
        for (Line line : of(glyphs)) {
            text = joinWrapped(text, line.text().strip());
        }
        return Whitespace.collapsed(text);
    }

    /** Joins a wrapped line to the text before it: no space (CJK), except between two Latin words. */
    static String joinWrapped(String before, String after) {
        boolean space = !before.isEmpty() && !after.isEmpty() && isLatin(before.charAt(before.length() - 1))
                && isLatin(after.charAt(0));
        return space ? before + " " + after : before + after;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
