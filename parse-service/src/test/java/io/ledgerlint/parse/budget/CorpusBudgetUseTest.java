package io.ledgerlint.parse.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.parse.corpus.Corpus;
import io.ledgerlint.parse.document.Page;
import io.ledgerlint.parse.document.PageReader;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.document.PdfLoader;
import io.ledgerlint.parse.table.TableExtractor;
import io.ledgerlint.testsupport.CorpusDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The default budgets leave every real document a wide margin: each corpus document (and every variant) uses at most a
 * tenth of each counted budget. Prints the largest use of each budget, the numbers in the README's "Budgets"; the wall
 * time is printed, not checked, as it depends on the machine and its load.
 */
class CorpusBudgetUseTest {

    private static final long MARGIN = 10;

    @Test
    void everyCorpusDocumentUsesAtMostATenthOfEachDefaultBudget() throws Exception {
        Map<Budget, Long> largest = new EnumMap<>(Budget.class);
        Map<Budget, String> largestIn = new EnumMap<>(Budget.class);
        for (Path pdf : corpusPdfs()) {
            Map<Budget, Long> used = use(pdf);
            for (Map.Entry<Budget, Long> entry : used.entrySet()) {
                if (entry.getValue() >= largest.getOrDefault(entry.getKey(), -1L)) {
                    largest.put(entry.getKey(), entry.getValue());
                    largestIn.put(entry.getKey(), CorpusDocuments.root().relativize(pdf).toString());
                }
            }
        }
        largest.forEach((budget, used) -> System.out.printf("budget %-22s default %,15d  largest use %,13d  (%s)%n",
                budget.code(), Budgets.DEFAULT.limit(budget), used, largestIn.get(budget)));
        for (Budget budget : Budget.values()) {
            if (budget == Budget.WALL_TIME_MILLIS) {
                continue;
            }
            assertThat(largest.get(budget) * MARGIN).as("%s in %s", budget.code(), largestIn.get(budget))
                    .isLessThanOrEqualTo(Budgets.DEFAULT.limit(budget));
        }
    }

    /** What reading the document and finding its tables uses of each budget. */
    private static Map<Budget, Long> use(Path pdf) throws Exception {
        DocumentBudget budget = new DocumentBudget(Budgets.DEFAULT);
        try (PDDocument document = new PdfLoader(ParseLimits.DEFAULT).open(pdf)) {
            List<Page> pages = new PageReader(budget).read(document);
            new TableExtractor().extract(pages.stream().map(Page::geometry).toList());
        }
        return budget.used();
    }

    private static List<Path> corpusPdfs() throws IOException {
        List<Path> pdfs = new ArrayList<>();
        Corpus.documents().forEach(folder -> pdfs.add(Corpus.pdf(folder)));
        try (Stream<Path> variants = Files.list(CorpusDocuments.root().resolve("variants"))) {
            variants.map(folder -> folder.resolve("document.pdf")).filter(Files::isRegularFile).sorted()
                    .forEach(pdfs::add);
        }
        assertThat(pdfs).hasSizeGreaterThan(3);
        return pdfs;
    }
}
