package io.ledgerlint.parse.document;

import io.ledgerlint.domain.pdf.PdfFile;

/**
 * Bounds that keep one pathological document from exhausting the service.
 *
 * @param maxPages           documents with more pages are rejected ({@code too-many-pages})
 * @param maxFileBytes       larger files are rejected ({@code too-large})
 * @param maxMainMemoryBytes heap PDFBox may use for decoded streams before spilling to temporary files
 */
public record ParseLimits(int maxPages, long maxFileBytes, long maxMainMemoryBytes) {

    public static final ParseLimits DEFAULT =
            new ParseLimits(PdfFile.DEFAULT_MAX_PAGES, 100L * 1024 * 1024, 64L * 1024 * 1024);

    public ParseLimits {
        if (maxPages < 1 || maxFileBytes < 1 || maxMainMemoryBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
