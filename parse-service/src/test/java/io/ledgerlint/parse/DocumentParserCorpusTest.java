package io.ledgerlint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.parse.benchmark.TruthScorer;
import io.ledgerlint.parse.benchmark.TruthScorer.TableScore;
import io.ledgerlint.parse.corpus.Corpus;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.table.TableExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole parser on every corpus document, the real table extractor included: the nine standard tables stay at
 * 100 % of their cells on the right pages (scored as corpus/README.md says), and the narrative, cut around the pages
 * the extractor found tables on, has the truth's headings.
 */
class DocumentParserCorpusTest {

    private static final DocumentParser PARSER = new DocumentParser(ParseLimits.DEFAULT,
            new TableExtractor()::extract, Clock.systemUTC());

    @ParameterizedTest
    @MethodSource("io.ledgerlint.parse.corpus.Corpus#documents")
    void extractsTheStandardTablesAndTheSections(Path folder) throws IOException {
        JsonNode truth = Corpus.truth(folder);
        ParseOutcome outcome = PARSER.parse(received(folder), Corpus.pdf(folder));
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        TablesExtracted extraction = ((ParseOutcome.Parsed) outcome).extraction();

        List<TableScore> standard = TruthScorer.score(truth, extraction.tables()).stream()
                .filter(TableScore::standard).toList();
        assertThat(standard).hasSize(9).allSatisfy(score -> assertThat(score.matched())
                .as("cells of table %s (%s)", score.id(), score.problem())
                .isEqualTo(score.cells()));

        List<String> expected = new ArrayList<>();
        for (JsonNode part : truth.get("sections")) {
            expected.add(part.get("heading").asText());
            part.get("subsections").forEach(sub -> expected.add(compact(sub.get("heading").asText())));
        }
        assertThat(extraction.sections()).extracting(section -> section.level() == 1
                        ? compact(section.heading()).replaceFirst("部分.*", "部分") : compact(section.heading()))
                .containsExactlyElementsOf(expected);
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static DocumentReceived received(Path folder) {
        String sha256 = "0".repeat(64);
        return new DocumentReceived(DocumentReceived.SCHEMA_VERSION, "0000000000000000", sha256,
                folder.getFileName() + ".pdf", 0, "application/pdf", Corpus.pdf(folder).toUri().toString(), "test",
                Instant.EPOCH);
    }
}
