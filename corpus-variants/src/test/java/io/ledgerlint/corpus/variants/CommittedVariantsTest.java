package io.ledgerlint.corpus.variants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed variation corpus (corpus/variants/) is complete and consistent, so a broken or half-regenerated
 * corpus fails the build. Needs no Chromium: it reads the committed files only.
 */
class CommittedVariantsTest {

    private static final Set<String> FILES = Set.of("document.pdf", "truth.json", "expected-findings.json",
            "variant.json");
    private static final Set<String> KINDS = Set.of("layout", "error-twin", "neutral-twin");
    private static final List<String> STANDARD_IDS = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09");

    private static Path repo;
    private static Path variants;
    private static Map<String, String> catalogue;

    @BeforeAll
    static void locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("corpus/variants"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a parent folder holding corpus/variants").isNotNull();
        repo = dir;
        variants = dir.resolve("corpus/variants");
        catalogue = ExpectedFindings.catalogue(repo);
    }

    private static List<Path> folders() throws IOException {
        try (Stream<Path> list = Files.list(variants)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void theCorpusHasEveryKindAndItsReadme() throws IOException {
        List<Path> folders = folders();
        assertThat(folders).hasSizeGreaterThanOrEqualTo(40);
        Set<String> kinds = new HashSet<>();
        Set<String> classes = new HashSet<>();
        for (Path folder : folders) {
            ObjectNode variant = Json.readObject(folder.resolve("variant.json"));
            kinds.add(variant.path("kind").asText());
            classes.add(variant.path("class").asText());
        }
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(KINDS);
        assertThat(classes).hasSizeGreaterThanOrEqualTo(10);
        assertThat(variants.resolve("README.md")).isRegularFile();
        String readme = Files.readString(variants.resolve("README.md"));
        folders.forEach(folder -> assertThat(readme).contains("`" + folder.getFileName() + "`"));
    }

    @TestFactory
    Stream<DynamicTest> everyVariantIsCompleteAndConsistent() throws IOException {
        return folders().stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> check(folder)));
    }

    private static void check(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as(name)
                    .containsExactlyInAnyOrderElementsOf(FILES);
        }
        ObjectNode variant = Json.readObject(folder.resolve("variant.json"));
        assertThat(variant.path("name").asText()).isEqualTo(name);
        String source = variant.path("source").asText();
        assertThat(source).matches("doc-\\d{3}");
        assertThat(name).startsWith(source + "-");
        assertThat(repo.resolve("corpus").resolve(source).resolve("truth.json")).as(name + " source").isRegularFile();
        assertThat(variant.path("class").asText()).as(name + " class").isNotBlank();
        assertThat(variant.path("description").asText()).as(name + " description").isNotBlank();
        String kind = variant.path("kind").asText();
        assertThat(kind).as(name + " kind").isIn(KINDS);

        ObjectNode truth = Json.readObject(folder.resolve("truth.json"));
        int pages = truth.path("pdf_pages").asInt();
        assertThat(pages).as(name + " pdf_pages").isPositive();
        assertThat(variant.path("pages").asInt()).isEqualTo(pages);
        assertThat(truth.has("cover") && truth.has("conventions") && truth.has("sections")).as(name).isTrue();
        List<String> standardIds = new ArrayList<>();
        for (JsonNode table : truth.path("tables")) {
            checkTable(name, table, pages);
            if ("standard".equals(table.path("kind").asText())) {
                standardIds.add(table.path("id").asText());
            }
        }
        assertThat(standardIds).as(name + " standard tables").containsExactlyElementsOf(STANDARD_IDS);

        ObjectNode expected = Json.readObject(folder.resolve("expected-findings.json"));
        ObjectNode sourceExpected = Json.readObject(repo.resolve("corpus").resolve(source)
                .resolve("expected-findings.json"));
        assertThat(expected.path("schema_version")).isEqualTo(sourceExpected.path("schema_version"));
        assertThat(expected.path("counts")).as(name + " counts").isEqualTo(ExpectedFindings.counts(expected));
        if ("error-twin".equals(kind)) {
            checkInjection(name, variant, expected, sourceExpected);
        } else {
            assertThat(expected.path("findings")).as(name + ": findings must equal the source's")
                    .isEqualTo(sourceExpected.path("findings"));
            assertThat(expected.path("passed_checks")).isEqualTo(sourceExpected.path("passed_checks"));
        }

        checkPdf(name, folder.resolve("document.pdf"), truth, pages);
    }

    private static void checkTable(String name, JsonNode table, int pages) {
        String what = name + " table " + table.path("id").asText();
        int ncols = table.path("ncols").asInt();
        assertThat(ncols).as(what + " ncols").isPositive();
        int rows = 0;
        for (String field : List.of("header_rows", "rows")) {
            for (JsonNode row : table.path(field)) {
                assertThat(row.size()).as(what + " " + field + " width").isEqualTo(ncols);
                rows++;
            }
        }
        assertThat(table.path("rows").size()).as(what + " body rows").isPositive();
        for (JsonNode merge : table.path("merges")) {
            assertThat(merge.path("row").asInt() + merge.path("rowspan").asInt()).as(what + " merge")
                    .isLessThanOrEqualTo(rows);
            assertThat(merge.path("col").asInt() + merge.path("colspan").asInt()).as(what + " merge")
                    .isLessThanOrEqualTo(ncols);
        }
        int page = table.path("page").asInt();
        int pageEnd = table.path("page_end").asInt();
        assertThat(page).as(what + " page").isBetween(1, pages);
        assertThat(pageEnd).as(what + " page_end").isBetween(page, pages);
    }

    private static void checkInjection(String name, ObjectNode variant, ObjectNode expected,
            ObjectNode sourceExpected) {
        JsonNode injected = variant.path("injected");
        assertThat(injected.isObject()).as(name + " injected").isTrue();
        assertThat(injected.path("change").asText()).as(name + " injected change").isNotBlank();
        assertThat(injected.path("rule_ids").size()).as(name + " rule ids").isPositive();
        injected.path("rule_ids").forEach(id -> assertThat(catalogue).as(name + " rule id").containsKey(id.asText()));
        Set<String> added = new HashSet<>();
        injected.path("expected_finding_ids").forEach(id -> added.add(id.asText()));
        assertThat(added).as(name + " added finding ids").isNotEmpty();
        int injectedFindings = 0;
        for (JsonNode finding : expected.path("findings")) {
            if (finding.path("injected").asBoolean()) {
                injectedFindings++;
                assertThat(added).contains(finding.path("id").asText());
                assertThat(catalogue).containsKey(finding.path("rule_id").asText());
            }
        }
        assertThat(injectedFindings).isEqualTo(added.size());
        assertThat(expected.path("findings").size())
                .isEqualTo(sourceExpected.path("findings").size() + added.size());
    }

    private static void checkPdf(String name, Path pdf, ObjectNode truth, int pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as(name + " PDF pages").isEqualTo(pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            String[] pageTexts = stripper.getText(document).split("\f", -1);
            assertThat(Text.compact(String.join("", pageTexts))).as(name + " text layer").isNotEmpty();
            for (JsonNode table : truth.path("tables")) {
                int page = table.path("page").asInt();
                int pageEnd = table.path("page_end").asInt();
                StringBuilder range = new StringBuilder();
                for (int p = page; p <= pageEnd; p++) {
                    range.append(Text.compact(pageTexts[p - 1]));
                }
                assertThat(Text.compact(pageTexts[page - 1])).as(name + " table " + table.path("id").asText()
                        + " title on page " + page).contains(Text.compact(table.path("title").asText()));
                if (!table.path("label").isNull()) {
                    assertThat(range.toString()).as(name + " label")
                            .contains(Text.compact(table.path("label").asText()));
                }
            }
        }
    }
}
