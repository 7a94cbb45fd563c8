package io.ledgerlint.parse.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.parse.corpus.Corpus;
import io.ledgerlint.parse.budget.Checkpoint;
import io.ledgerlint.parse.document.Page;
import io.ledgerlint.parse.document.PageContent;
import io.ledgerlint.parse.document.PageReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The narrative of every corpus document against its truth: the same 第X部分 and numbered headings in the same
 * order, each with nearly the same text. Table pages come from the truth so that this test measures the narrative
 * parser alone.
 */
class NarrativeParserCorpusTest {

    /** Similarity of a section's text to the truth (whitespace removed), 1 = identical. */
    private static final double MIN_TEXT_SIMILARITY = 0.97;

    static List<Path> documents() {
        return Corpus.documents();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void sectionsMatchTheTruth(Path folder) throws IOException {
        JsonNode truth = Corpus.truth(folder);
        List<Section> sections;
        try (PDDocument document = Loader.loadPDF(Corpus.pdf(folder).toFile())) {
            List<PageContent> pages = new PageReader().read(document).stream().map(Page::content).toList();
            sections = new NarrativeParser().parse(pages, tablePages(truth), Checkpoint.NONE);
        }

        List<Section> parts = sections.stream().filter(s -> s.level() == 1).toList();
        // Where a part's title ends and its text begins is a matter of layout, so the part is compared as a whole.
        assertThat(parts).extracting(s -> compact(s.heading()).replaceFirst("部分.*", "部分"))
                .containsExactlyElementsOf(expectedPartNumbers(truth));
        for (JsonNode part : truth.get("sections")) {
            Section parsedPart = parts.stream()
                    .filter(s -> compact(s.heading()).startsWith(compact(part.get("heading").asText())))
                    .findFirst().orElseThrow();
            assertThat(similarity(parsedPart.heading() + parsedPart.text(),
                    part.get("heading").asText() + part.get("title").asText() + part.get("text").asText()))
                    .as("text of %s", part.get("heading").asText())
                    .isGreaterThanOrEqualTo(MIN_TEXT_SIMILARITY);

            List<Section> children = sections.stream()
                    .filter(s -> s.level() == 2 && parsedPart.heading().equals(s.part())).toList();
            List<String> expectedHeadings = part.get("subsections").findValuesAsText("heading").stream()
                    .map(NarrativeParserCorpusTest::compact).toList();
            assertThat(children).extracting(s -> compact(s.heading()))
                    .as("numbered headings of %s", part.get("heading").asText())
                    .containsExactlyElementsOf(expectedHeadings);
            for (int i = 0; i < children.size(); i++) {
                assertThat(similarity(children.get(i).text(), part.get("subsections").get(i).get("text").asText()))
                        .as("text of %s", children.get(i).heading())
                        .isGreaterThanOrEqualTo(MIN_TEXT_SIMILARITY);
            }
        }
    }

    private static List<String> expectedPartNumbers(JsonNode truth) {
        List<String> headings = new ArrayList<>();
        truth.get("sections").forEach(part -> headings.add(compact(part.get("heading").asText())));
        return headings;
    }

    private static Set<Integer> tablePages(JsonNode truth) {
        Set<Integer> pages = new HashSet<>();
        for (JsonNode table : truth.get("tables")) {
            int first = table.get("page").asInt();
            int last = table.get("page_end").isNull() ? first : table.get("page_end").asInt();
            for (int page = first; page <= last; page++) {
                pages.add(page);
            }
        }
        return pages;
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** 1 − normalised edit distance of the two texts with whitespace removed. */
    static double similarity(String actual, String expected) {
        String a = compact(actual);
        String b = compact(expected);
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1 : 1 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longest;
    }
}
