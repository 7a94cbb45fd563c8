package io.ledgerlint.parse.document;

import io.ledgerlint.domain.pdf.PdfFile;
import io.ledgerlint.parse.budget.Budgets;
import java.util.Objects;

/**
 * Bounds that keep one pathological document from exhausting the service.
 *
 * @param maxPages           documents with more pages are rejected ({@code too-many-pages})
 * @param maxFileBytes       larger files are rejected ({@code too-large})
 * @param maxMainMemoryBytes heap PDFBox may use for the file's streams before spilling to temporary files
 * @param budgets            what reading one document may spend ({@code resource-limit} once one is spent)
 */
public record ParseLimits(int maxPages, long maxFileBytes, long maxMainMemoryBytes, Budgets budgets) {

    public static final ParseLimits DEFAULT =
            new ParseLimits(PdfFile.DEFAULT_MAX_PAGES, 100L * 1024 * 1024, 64L * 1024 * 1024, Budgets.DEFAULT);

    public ParseLimits {
        if (maxPages < 1 || maxFileBytes < 1 || maxMainMemoryBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        Objects.requireNonNull(budgets, "budgets");
    }

    /** These limits with other budgets. */
    public ParseLimits withBudgets(Budgets other) {
        return new ParseLimits(maxPages, maxFileBytes, maxMainMemoryBytes, other);
    }
}
