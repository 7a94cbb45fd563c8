package io.ledgerlint.deploy.costly;

import io.ledgerlint.testsupport.HostileDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The costly shapes a new user's batch held (each stopped parse-service or took minutes before the budgets), made by
 * {@link HostileDocuments}: seeded, small on disk. The budget names are parse-service's {@code Budget} codes.
 */
public final class CostlyFiles {

    private static final long SEED = 13;

    private CostlyFiles() {
    }

    public static List<CostlyFile> write(Path folder) throws IOException {
        return List.of(
                new CostlyFile("nested-forms.pdf", "a form drawing the next level 10 times, 10 levels deep (10⁹ draws)",
                        HostileDocuments.nestedForms(folder.resolve("nested-forms.pdf"), 10, 10), "xobject-depth"),
                new CostlyFile("wide-forms.pdf", "forms drawn 400 times at each of 3 levels (6.4·10⁷ draws)",
                        HostileDocuments.nestedForms(folder.resolve("wide-forms.pdf"), 3, 400),
                        "xobject-invocations"),
                new CostlyFile("font-widths.pdf", "a font with a /Widths array of 1,000,000 entries",
                        HostileDocuments.fontWithWidths(folder.resolve("font-widths.pdf"), 1_000_000), "font-widths"),
                new CostlyFile("cmap-ranges.pdf", "a ToUnicode CMap of 100,000 ranges",
                        HostileDocuments.fontWithCMapRanges(folder.resolve("cmap-ranges.pdf"), 100_000),
                        "cmap-entries"),
                new CostlyFile("line-segments.pdf", "a page of 200,000 separate line segments",
                        HostileDocuments.lineSegments(folder.resolve("line-segments.pdf"), 200_000, SEED),
                        "path-segments"),
                new CostlyFile("glyphs.pdf", "a page of 100,000 glyphs",
                        HostileDocuments.glyphs(folder.resolve("glyphs.pdf"), 100_000, SEED), null),
                new CostlyFile("huge-image.pdf", "an image declaring 65535×65535 pixels",
                        HostileDocuments.hugeImage(folder.resolve("huge-image.pdf"), 65535, 65535), null),
                new CostlyFile("long-table.pdf", "one ruled table of 20,000 rows over 400 pages (a number and two"
                        + " amounts a row: 204,000 glyphs)",
                        HostileDocuments.ruledTable(folder.resolve("long-table.pdf"), 400, 50,
                                row -> List.of(Integer.toString(row), Integer.toString(row % 997),
                                        Integer.toString(row % 991))), null),
                new CostlyFile("long-wordy-table.pdf", "the same 20,000 rows with a code, a name and two decimal"
                        + " amounts (about 1,000,000 glyphs)",
                        HostileDocuments.ruledTable(folder.resolve("long-wordy-table.pdf"), 400, 50,
                                row -> List.of(Integer.toString(2010000 + row), "Expenditure item " + row,
                                        (row * 3) + "." + row % 100, (row * 2) + "." + row % 100)), "glyphs"));
    }
}
