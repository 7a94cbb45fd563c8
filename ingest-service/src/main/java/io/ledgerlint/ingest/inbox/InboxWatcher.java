package io.ledgerlint.ingest.inbox;

import io.ledgerlint.ingest.intake.FileNames;
import io.ledgerlint.ingest.intake.IntakeResult;
import io.ledgerlint.ingest.intake.Source;
import io.ledgerlint.ingest.publish.IntakePublisher;
import io.ledgerlint.observability.DocumentLogContext;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Polls the inbox folder and takes in each complete file. A file leaves the inbox only after Kafka acknowledged its
 * event, so a crash at any point leaves it there to be taken again on restart (ids are content-addressed and every
 * consumer is idempotent, so the repeat is harmless).
 */
@ApplicationScoped
public class InboxWatcher {

    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);

    private final IntakePublisher publisher;
    private final CompleteFiles completeFiles;
    private final Path processed;
    private final Path rejected;

    InboxWatcher(IntakePublisher publisher,
            @ConfigProperty(name = "ledgerlint.inbox") String inbox,
            @ConfigProperty(name = "ledgerlint.processed") String processed,
            @ConfigProperty(name = "ledgerlint.rejected") String rejected) {
        this.publisher = publisher;
        this.completeFiles = new CompleteFiles(Path.of(inbox), ProcFsWriterProbe.forThisSystem());
        this.processed = Path.of(processed);
        this.rejected = Path.of(rejected);
    }

    @Scheduled(every = "${ledgerlint.inbox-poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() throws IOException {
        for (Path file : completeFiles.poll()) {
            take(file);
        }
    }

    private void take(Path file) {
        try {
            IntakeResult result = publisher.receive(file, file.getFileName().toString(), Source.INBOX);
            boolean accepted = result instanceof IntakeResult.Accepted;
            try (DocumentLogContext context = DocumentLogContext.open(result.documentId())) {
                Path moved = UniqueMove.into(file, accepted ? processed : rejected);
                LOG.infof("%s %s as document %s, moved to %s", accepted ? "Accepted" : "Rejected", forLog(file),
                        result.documentId(), forLog(moved));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not take %s; it stays in the inbox and is tried again at the next poll", forLog(file));
        }
    }

    /** A file's name may hold line breaks that would forge log lines. */
    private static String forLog(Path file) {
        return FileNames.escaped(file.toString());
    }
}
