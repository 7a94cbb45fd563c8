package io.ledgerlint.parse.geometry;

import java.util.List;

/** What one page shows: its glyphs and its ruling lines, in displayed page coordinates (origin top-left). */
public record PageGeometry(int page, double width, double height, List<Glyph> glyphs, List<Ruling> rulings) {
}
