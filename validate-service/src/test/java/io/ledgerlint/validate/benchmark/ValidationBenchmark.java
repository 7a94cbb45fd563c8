package io.ledgerlint.validate.benchmark;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.testsupport.CorpusDocuments;
import io.ledgerlint.testsupport.JfrProfile;
import io.ledgerlint.testsupport.MarkdownSection;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.engine.ValidationEngine;
import io.ledgerlint.validate.fixtures.TruthDocuments;
import io.ledgerlint.validate.rules.nar.NarrativeOf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Warm CPU time of {@link ValidationEngine#validate} per document, on the exact extraction (truth.json) of every corpus
 * document and variant, and where it goes rule by rule (issue "Fast": at most 5 ms per document). CPU time of this
 * thread, not wall time, because the machine is shared; then what it allocates, from a JFR profile of more rounds. Run
 * it with {@link #COMMAND}; the first argument, if any, is the Markdown file whose "## Validation" section it replaces
 * (the profile gives docs/benchmarks.md), the second where the JFR recording goes.
 */
public final class ValidationBenchmark {

    /** This benchmark's section of the benchmarks file; the other sections are kept. */
    static final String HEADING = "## Validation";
    static final String COMMAND = "./mvnw -q -pl validate-service -am -Pbenchmark process-test-classes";
    /** Rounds over every document before timing, so that class loading and JIT compilation are not counted. */
    private static final int WARM_UP_ROUNDS = 10;
    private static final int TIMED_ROUNDS = 20;
    /** Rows in the slowest-rules and slowest-documents tables. */
    private static final int TOP_ROWS = 10;
    /** Rounds inside the JFR recording, after the timed ones: some thousands of allocation samples. */
    private static final int PROFILED_ROUNDS = 10;
    private static final JfrProfile.Sampling SAMPLING = new JfrProfile.Sampling(Duration.ofMillis(10), 10_000);
    private static final JfrProfile.Code LEDGERLINT = new JfrProfile.Code("ledgerlint", List.of("io.ledgerlint."));
    private static final int ALLOCATION_ROWS = 5;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final RuleRegistry registry = RuleRegistry.discover(ValidationBenchmark.class.getClassLoader());
    private final ValidationEngine engine = new ValidationEngine(registry, MessageTemplate.Language.ZH);
    private final Map<String, TablesExtracted> documents = documents();

    private ValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path recording = Path.of(args.length > 1 ? args[1] : "target/validation-profile.jfr");
        String report = new ValidationBenchmark().run(recording);
        System.out.println(report);
        if (args.length > 0) {
            Path output = Path.of(args[0]);
            String document = Files.exists(output) ? Files.readString(output) : "# Benchmarks\n";
            Files.writeString(output, MarkdownSection.replace(document, HEADING, report));
        }
    }

    /** The corpus documents, then every variant, each as parse-service would send its exact tables. */
    private static Map<String, TablesExtracted> documents() {
        List<Path> folders = new ArrayList<>(CorpusDocuments.all());
        try (Stream<Path> variants = Files.list(CorpusDocuments.root().resolve("variants"))) {
            variants.filter(folder -> Files.isRegularFile(folder.resolve("truth.json"))).sorted().forEach(folders::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TablesExtracted> out = new LinkedHashMap<>();
        folders.forEach(folder -> out.put(folder.getFileName().toString(), TruthDocuments.load(folder)));
        return out;
    }

    private String run(Path recording) throws Exception {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            documents.values().forEach(engine::validate);
            documents.values().forEach(this::timeRules);
        }
        Map<String, long[]> perDocument = new LinkedHashMap<>();
        documents.keySet().forEach(name -> perDocument.put(name, new long[TIMED_ROUNDS]));
        long[] all = new long[TIMED_ROUNDS * documents.size()];
        long[] narrative = new long[all.length];
        Map<String, Long> perRule = new LinkedHashMap<>();
        int sample = 0;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (Map.Entry<String, TablesExtracted> document : documents.entrySet()) {
                long start = threads.getCurrentThreadCpuTime();
                engine.validate(document.getValue());
                long nanos = threads.getCurrentThreadCpuTime() - start;
                perDocument.get(document.getKey())[round] = nanos;
                all[sample] = nanos;
                timeRules(document.getValue()).forEach((rule, ruleNanos) -> perRule.merge(rule, ruleNanos, Long::sum));
                start = threads.getCurrentThreadCpuTime();
                NarrativeOf.document(new ValidationContext(document.getValue()));
                narrative[sample++] = threads.getCurrentThreadCpuTime() - start;
            }
        }
        return markdown(all, perDocument, perRule, narrative) + allocation(recording);
    }

    /** What {@code validate} allocates per document, and where: from a JFR profile of more rounds. */
    private String allocation(Path recording) throws Exception {
        JfrProfile profile = JfrProfile.record(recording, SAMPLING, () -> {
            for (int round = 0; round < PROFILED_ROUNDS; round++) {
                documents.values().forEach(engine::validate);
            }
        });
        int validations = PROFILED_ROUNDS * documents.size();
        return String.format(Locale.ROOT, """

                ### Allocation

                `ValidationEngine.validate` alone, after the timed rounds: %d more rounds over the %d documents inside
                a JDK Flight Recorder recording (test-support's `JfrProfile`, kept in validate-service's
                `target/%s`); of the validating thread:
                %s.
                Allocated:
                %s. The sites: the ledgerlint frame nearest the top of an allocation sample's stack, and the class it
                allocated, by the samples' weights.

                %s""", PROFILED_ROUNDS, documents.size(), recording.getFileName(), profile.samplesDescription(),
                profile.allocationPer(validations, "document"),
                profile.allocationSites(ALLOCATION_ROWS, LEDGERLINT, validations, "document"));
    }

    /**
     * CPU time of each rule on one document, as the engine runs them. A value the rules share through
     * {@link ValidationContext#derived} is charged to the first rule that asks for it.
     */
    private Map<String, Long> timeRules(TablesExtracted document) {
        ValidationContext context = new ValidationContext(document);
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (RuleRegistry.RegisteredRule rule : registry.rules()) {
            if (!rule.definition().appliesTo(context.documentType())) {
                continue;
            }
            FindingSink sink = new FindingSink(rule.definition(), MessageTemplate.Language.ZH);
            long start = threads.getCurrentThreadCpuTime();
            try {
                rule.check().check(context, sink);
            } catch (RuntimeException e) {
                // the engine records it as a failure; for timing the rule simply ends here
            }
            nanos.put(rule.definition().id(), threads.getCurrentThreadCpuTime() - start);
        }
        return nanos;
    }

    private String markdown(long[] all, Map<String, long[]> perDocument, Map<String, Long> perRule, long[] narrative) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, """
                ## Validation

                `%s` (harness `benchmark.ValidationBenchmark` in validate-service's tests).
                %d documents (corpus and variants, exact extraction from truth.json), %d warm-up rounds,
                %d timed rounds, CPU time of the validating thread; %d cores, Java %s, load average %.1f at the end.

                | per document | median ms | p90 ms |
                |---|---:|---:|
                | `ValidationEngine.validate` | %s | %s |
                | of which `Narrative.read` | %s | %s |

                """, COMMAND, documents.size(), WARM_UP_ROUNDS, TIMED_ROUNDS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                millis(percentile(all, 50)), millis(percentile(all, 90)),
                millis(percentile(narrative, 50)), millis(percentile(narrative, 90))));

        long total = perRule.values().stream().mapToLong(Long::longValue).sum();
        out.append("### Rules by CPU time (per round, summed over the documents; shared values go to the first rule that"
                + " asks)\n\n| rule | ms per round | share |\n|---|---:|---:|\n");
        perRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP_ROWS)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %s | %.1f %% |%n", e.getKey(),
                        millis(e.getValue() / TIMED_ROUNDS), 100.0 * e.getValue() / total)));
        out.append(String.format(Locale.ROOT, "| all %d rules | %s | 100 %% |%n%n", perRule.size(),
                millis(total / TIMED_ROUNDS)));

        out.append("### The " + TOP_ROWS + " slowest documents\n\n| document | median ms | p90 ms |\n|---|---:|---:|\n");
        perDocument.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> percentile(e.getValue(), 50))
                        .reversed())
                .limit(TOP_ROWS)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", e.getKey(),
                        millis(percentile(e.getValue(), 50)), millis(percentile(e.getValue(), 90)))));
        return out.toString();
    }

    private static long percentile(long[] samples, int percent) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
