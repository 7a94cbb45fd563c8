package io.ledgerlint.report.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A font file with Chinese glyphs that PDFBox can subset into a PDF. PDFBox 3 subsets only TrueType (glyf) outlines:
 * the CFF-based Noto Sans/Serif CJK collections of {@code fonts-noto-cjk} cannot be embedded, so the default search
 * looks for WenQuanYi, Droid Sans Fallback or AR PL fonts (Debian: {@code fonts-wqy-zenhei} …).
 */
public final class CjkFont {

    public static final List<Path> DEFAULT_SEARCH = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    public static final String INSTALL_HINT = "install a CJK TrueType font (Debian/Ubuntu: apt-get install -y "
            + "fonts-wqy-zenhei) or point ledgerlint.report.cjk-font at a .ttf/.ttc with Chinese glyphs";

    /** A character every usable font must have. */
    private static final int PROBE = '决';

    private final Path file;

    private CjkFont(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The configured file if set (and usable), otherwise the first usable file of {@link #DEFAULT_SEARCH}. */
    public static Optional<CjkFont> locate(Optional<Path> configured) {
        List<Path> candidates = configured.map(List::of).orElse(DEFAULT_SEARCH);
        return candidates.stream().filter(CjkFont::usable).findFirst().map(CjkFont::new);
    }

    /**
     * Opens the face to embed (the first usable one of a collection). The caller closes the returned font, which
     * also releases the file.
     */
    public OpenFace open() throws IOException {
        if (isCollection(file)) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] found = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (found[0] == null && embeddable(font)) {
                    found[0] = font;
                }
            });
            if (found[0] == null) {
                collection.close();
                throw new IOException("no face with glyf outlines and Chinese glyphs in " + file);
            }
            return new OpenFace(found[0], collection);
        }
        TrueTypeFont font = new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new OpenFace(font, font);
    }

    /** A face ready for {@code PDType0Font.load}; closing it closes the file it was read from. */
    public record OpenFace(TrueTypeFont font, AutoCloseable source) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            source.close();
        }
    }

    private static boolean usable(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try {
            if (isCollection(path)) {
                try (TrueTypeCollection collection = new TrueTypeCollection(path.toFile())) {
                    boolean[] any = new boolean[1];
                    collection.processAllFonts(font -> any[0] |= embeddable(font));
                    return any[0];
                }
            }
            try (TrueTypeFont font = new OTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()))) {
                return embeddable(font);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean embeddable(TrueTypeFont font) throws IOException {
        boolean postScriptOutlines = font instanceof OpenTypeFont otf && otf.isPostScript();
        return !postScriptOutlines && font.getUnicodeCmapLookup(false) != null
                && font.getUnicodeCmapLookup(false).getGlyphId(PROBE) > 0;
    }

    private static boolean isCollection(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    /** For messages: where the font was looked for. */
    public static String searched(Optional<Path> configured) {
        return configured.map(Path::toString)
                .orElseGet(() -> String.join(", ", DEFAULT_SEARCH.stream().map(Path::toString).toList()));
    }
}
