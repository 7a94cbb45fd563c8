package io.ledgerlint.evaluation.pipeline;

import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import io.ledgerlint.parse.document.ParseLimits;
import io.ledgerlint.parse.table.TableExtractor;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationEngine;
import io.ledgerlint.validate.engine.ValidationEngine.RuleFailure;
import io.ledgerlint.validate.engine.ValidationEngine.ValidationResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What the services do with a PDF, without Kafka: parse-service's parser, then validate-service's engine on its
 * extraction, both built as the services build them and kept for every document (one JVM, warm after the first).
 * Times are CPU time of this thread, so that other processes on a shared machine do not inflate them.
 */
public final class Pipeline {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final DocumentParser parser = new DocumentParser(ParseLimits.DEFAULT, new TableExtractor()::extract,
            Clock.systemUTC());
    private final ValidationEngine engine = new ValidationEngine(
            RuleRegistry.discover(Pipeline.class.getClassLoader()), MessageTemplate.Language.ZH);

    /**
     * Parses and validates one PDF. A rejection or an exception is an outcome to score (the document yields nothing),
     * not a reason to stop evaluating the others.
     */
    public PipelineRun run(Path pdf) {
        long start = THREADS.getCurrentThreadCpuTime();
        ParseOutcome outcome;
        try {
            outcome = parser.parse(received(pdf), pdf);
        } catch (IOException | RuntimeException e) {
            return PipelineRun.failed("parse threw " + e, cpuMillisSince(start));
        }
        double parseMillis = cpuMillisSince(start);
        if (outcome instanceof ParseOutcome.Rejected rejected) {
            return PipelineRun.failed("rejected: " + rejected.errorCode().code() + " (" + rejected.message() + ")",
                    parseMillis);
        }
        TablesExtracted extraction = ((ParseOutcome.Parsed) outcome).extraction();
        start = THREADS.getCurrentThreadCpuTime();
        ValidationResult result = engine.validate(extraction);
        return new PipelineRun(extraction, result.findings(),
                result.failures().stream().map(RuleFailure::ruleId).toList(), null, parseMillis, cpuMillisSince(start));
    }

    private static DocumentReceived received(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        String sha256 = sha256(bytes);
        return new DocumentReceived(DocumentReceived.SCHEMA_VERSION, DocumentIds.fromSha256(sha256), sha256,
                pdf.getParent().getFileName() + ".pdf", bytes.length, "application/pdf", pdf.toUri().toString(),
                "evaluation", Instant.now());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double cpuMillisSince(long cpuStart) {
        return (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    }
}
