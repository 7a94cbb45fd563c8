package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates the variation corpus {@code corpus/variants/<source>-<variant>/} from {@code corpus/doc-NNN/} and the
 * definitions in {@code variants.json}: transform a copy of the truth, typeset it as HTML, print it twice with headless
 * Chromium (with and without page markers), recompute the table pages from the PDF's text, check that the PDF's text
 * is the truth's, derive the expected findings, write the four files; then rewrite the folder's README.
 *
 * <p>Run: {@code ./mvnw -q -pl corpus-variants -Pgenerate-variants process-classes}. Options (as
 * {@code --name=value}): {@code --repo} the repository root, {@code --only} comma-separated variant folder names or
 * prefixes (regenerates only those, keeps the rest), {@code --chromium} the browser executable.
 */
public final class GenerateVariants {

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final Path repo;
    private final Path out;
    private final ChromiumPrinter printer;
    private final Map<String, String> catalogue;

    GenerateVariants(Path repo, ChromiumPrinter printer) {
        this.repo = repo;
        this.out = repo.resolve("corpus/variants");
        this.printer = printer;
        this.catalogue = ExpectedFindings.catalogue(repo);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1).strip());
        }
        Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(repo.resolve("corpus"))) {
            throw new IllegalStateException(repo + " has no corpus/ folder; pass --repo=<repository root>");
        }
        String chromium = options.getOrDefault("chromium", "");
        List<String> only = Arrays.stream(options.getOrDefault("only", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        new GenerateVariants(repo, new ChromiumPrinter(chromium.isEmpty() ? "chromium" : chromium)).run(only);
    }

    void run(List<String> only) throws IOException {
        List<VariantSpec> specs = VariantCatalog.load();
        Files.createDirectories(out);
        Set<String> planned = new LinkedHashSet<>();
        int done = 0;
        for (VariantSpec spec : specs) {
            for (String source : spec.sources()) {
                String name = source + "-" + spec.name();
                planned.add(name);
                if (!only.isEmpty() && only.stream().noneMatch(name::startsWith)) {
                    continue;
                }
                long start = System.nanoTime();
                int pages = generate(spec, source, name);
                System.out.printf(Locale.ROOT, "%-48s %3d pages  %5.1f s%n", name, pages,
                        (System.nanoTime() - start) / 1e9);
                done++;
            }
        }
        if (only.isEmpty()) {
            try (Stream<Path> folders = Files.list(out)) {
                for (Path stale : folders.filter(Files::isDirectory)
                        .filter(f -> !planned.contains(f.getFileName().toString())).toList()) {
                    System.out.println("removing stale " + stale.getFileName());
                    ChromiumPrinter.delete(stale);
                }
            }
        }
        Readme.write(out);
        System.out.println(done + " variants generated into " + out);
    }

    /** Generates one variant folder; returns its page count. */
    int generate(VariantSpec spec, String source, String name) throws IOException {
        Path sourceDir = repo.resolve("corpus").resolve(source);
        ObjectNode truth = Json.readObject(sourceDir.resolve("truth.json"));
        ObjectNode sourceExpected = Json.readObject(sourceDir.resolve("expected-findings.json"));
        TruthTransforms transforms = new TruthTransforms();
        String injectedChange = null;
        if (spec.injection() != null) {
            injectedChange = transforms.inject(truth, spec.injection());
        }
        if (spec.neutral() != null) {
            for (VariantSpec.TextEdit edit : nullToEmpty(spec.neutral().textEdits())) {
                checkNeutralEdit(edit, sourceExpected);
                transforms.rewrite(truth, edit);
            }
            for (VariantSpec.RowSwap swap : nullToEmpty(spec.neutral().rowSwaps())) {
                transforms.swapRows(truth, swap);
            }
        }
        transforms.apply(truth, spec.transforms());
        TruthTransforms.checkShapes(truth);

        Path work = Files.createTempDirectory("ledgerlint-variant-");
        try {
            Path markedHtml = work.resolve("marked.html");
            Path finalHtml = work.resolve("page.html");
            Files.writeString(markedHtml, new HtmlTypesetter(spec.style(), true).typeset(truth),
                    StandardCharsets.UTF_8);
            Files.writeString(finalHtml, new HtmlTypesetter(spec.style(), false).typeset(truth),
                    StandardCharsets.UTF_8);
            Path markedPdf = work.resolve("marked.pdf");
            Path finalPdf = work.resolve("document.pdf");
            printer.print(markedHtml, markedPdf);
            printer.print(finalHtml, finalPdf);
            PageLocator marked = PageLocator.read(markedPdf);
            PageLocator printed = PageLocator.read(finalPdf);
            locatePages(name, truth, marked, printed);
            TextCheck.check(name, truth, printed);

            List<String> addedIds = new ArrayList<>();
            ObjectNode expected = ExpectedFindings.derive(sourceExpected, spec, source.replaceAll("\\D", ""),
                    catalogue, addedIds);
            Path dir = out.resolve(name);
            ChromiumPrinter.delete(dir);
            Files.createDirectories(dir);
            Files.copy(finalPdf, dir.resolve("document.pdf"), StandardCopyOption.REPLACE_EXISTING);
            Json.write(dir.resolve("truth.json"), truth);
            Json.write(dir.resolve("expected-findings.json"), expected);
            Json.write(dir.resolve("variant.json"),
                    variantJson(spec, source, name, truth, transforms, injectedChange, addedIds));
            return printed.pageCount();
        } finally {
            if (Boolean.getBoolean("variants.keepWork")) {
                System.out.println(name + ": work files kept in " + work);
            } else {
                ChromiumPrinter.delete(work);
            }
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A neutral rewording touches no figure and no text an expected finding quotes. */
    private static void checkNeutralEdit(VariantSpec.TextEdit edit, ObjectNode expected) {
        if (DIGIT.matcher(edit.from()).find() || DIGIT.matcher(edit.to()).find()) {
            throw new IllegalStateException("neutral edit with a figure: " + edit);
        }
        String from = Text.compact(edit.from());
        for (JsonNode finding : expected.path("findings")) {
            String evidence = Text.compact(finding.path("evidence").asText(""));
            if (!evidence.isEmpty() && (evidence.contains(from) || from.contains(evidence))) {
                throw new IllegalStateException("neutral edit touches the evidence of " + finding.path("id"));
            }
        }
    }

    /**
     * Sets pdf_pages and every table's page (its caption's page) and page_end (its last row's page) from the marked
     * print, after checking that both prints have the same pages and text (the markers take no room).
     */
    private static void locatePages(String name, ObjectNode truth, PageLocator marked, PageLocator printed) {
        if (marked.pageCount() != printed.pageCount()) {
            throw new IllegalStateException(name + ": the marked print has " + marked.pageCount() + " pages, the final "
                    + printed.pageCount());
        }
        for (int p = 1; p <= printed.pageCount(); p++) {
            if (!marked.glyphsWithoutMarkers(p).equals(printed.glyphs(p))) {
                throw new IllegalStateException(name + ": page " + p + " holds other text in the marked print than in"
                        + " the final one: the markers moved something");
            }
        }
        Map<String, Integer> markers = marked.markerPages();
        truth.put("pdf_pages", printed.pageCount());
        for (ObjectNode table : TruthTransforms.tables(truth)) {
            int seq = table.path("seq").asInt();
            Integer caption = markers.get(HtmlTypesetter.markerId(seq, 'C'));
            Integer first = markers.get(HtmlTypesetter.markerId(seq, 'S'));
            Integer last = markers.get(HtmlTypesetter.markerId(seq, 'E'));
            if (caption == null || first == null || last == null) {
                throw new IllegalStateException(name + ": table " + table.path("id").asText() + " markers not found");
            }
            if (!caption.equals(first)) {
                throw new IllegalStateException(name + ": table " + table.path("id").asText() + " caption on page "
                        + caption + " but its first row on page " + first);
            }
            String title = Text.compact(table.path("title").asText());
            if (!printed.page(caption).contains(title)) {
                throw new IllegalStateException(name + ": title of table " + table.path("id").asText()
                        + " not found on page " + caption);
            }
            table.put("page", caption);
            table.put("page_end", last);
        }
    }

    private static ObjectNode variantJson(VariantSpec spec, String source, String name, ObjectNode truth,
            TruthTransforms transforms, String injectedChange, List<String> addedIds) {
        ObjectNode variant = Json.MAPPER.createObjectNode();
        variant.put("name", name);
        variant.put("source", source);
        variant.put("class", spec.variationClass());
        variant.put("kind", spec.kind());
        variant.put("description", spec.description());
        variant.put("pages", truth.path("pdf_pages").asInt());
        variant.set("style", VariantCatalog.MAPPER.valueToTree(spec.style()));
        variant.set("transforms", VariantCatalog.MAPPER.valueToTree(spec.transforms()));
        ArrayNode changes = variant.putArray("truth_changes");
        transforms.log().forEach(changes::add);
        variant.put("facts_changed", spec.factsChanged() == null ? "none" : spec.factsChanged());
        if (spec.injection() != null) {
            ObjectNode injected = variant.putObject("injected");
            VariantSpec.Injection injection = spec.injection();
            injected.put("change", injectedChange);
            injected.put("where", injection.where());
            injected.put("table", injection.table());
            injected.put("from", injection.from());
            injected.put("to", injection.to());
            Set<String> ruleIds = new LinkedHashSet<>();
            Map<String, List<String>> byConfidence = new TreeMap<>();
            for (ObjectNode finding : spec.expectedAdded()) {
                ruleIds.add(finding.path("rule_id").asText());
                byConfidence.computeIfAbsent(finding.path("confidence").asText(), k -> new ArrayList<>())
                        .add(finding.path("rule_id").asText());
            }
            injected.set("rule_ids", Json.MAPPER.valueToTree(ruleIds));
            injected.set("rule_ids_by_confidence", Json.MAPPER.valueToTree(byConfidence));
            injected.set("expected_finding_ids", Json.MAPPER.valueToTree(addedIds));
            injected.set("dropped_passed_checks", Json.MAPPER.valueToTree(spec.dropPassedChecks()));
        }
        return variant;
    }

    /** Resource text, for the README template. */
    static String resource(String path) {
        try (InputStream in = GenerateVariants.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
