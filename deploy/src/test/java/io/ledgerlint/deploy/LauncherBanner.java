package io.ledgerlint.deploy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the launcher's banner, printed once everything is ready, says: where to drop PDFs and where the stack listens.
 * Read from the output as a user reads it, so that a test or benchmark needs no other way into the launcher.
 *
 * @param inbox                 the folder ingest-service watches
 * @param ingestUrl             ingest-service's base URL, without a trailing slash
 * @param reportUrl             report-service's base URL, without a trailing slash
 * @param kafkaBootstrapServers the broker, as {@code host:port}
 * @param bucketEndpoint        the local S3-compatible server's endpoint, if {@code --bucket} started one
 */
public record LauncherBanner(Path inbox, String ingestUrl, String reportUrl, String kafkaBootstrapServers,
        Optional<String> bucketEndpoint) {

    /** The banner's last line: the launcher prints it once every service is ready. */
    static final String END = "Press Ctrl-C to stop.";

    private static final Pattern INBOX = Pattern.compile("^ *Drop PDFs into +(\\S.*)$", Pattern.MULTILINE);
    private static final Pattern INGEST = Pattern.compile("--data-binary @a\\.pdf (http://\\S+)/api/documents$",
            Pattern.MULTILINE);
    private static final Pattern REPORT = Pattern.compile("^ *Reports +(http://\\S+)/api/documents ",
            Pattern.MULTILINE);
    private static final Pattern KAFKA = Pattern.compile("^ *Kafka +(\\S+), PostgreSQL ", Pattern.MULTILINE);
    private static final Pattern BUCKET = Pattern.compile("^ *Bucket inbox +s3://\\S+ at (http://\\S+) ",
            Pattern.MULTILINE);

    /** The banner in the launcher's output; fails with that output when a part of it is missing. */
    public static LauncherBanner parse(String output) {
        Matcher bucket = BUCKET.matcher(output);
        return new LauncherBanner(Path.of(find(INBOX, output)), find(INGEST, output), find(REPORT, output),
                find(KAFKA, output), bucket.find() ? Optional.of(bucket.group(1)) : Optional.empty());
    }

    private static String find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in the launcher's output:\n" + output);
        }
        return matcher.group(1).strip();
    }
}
