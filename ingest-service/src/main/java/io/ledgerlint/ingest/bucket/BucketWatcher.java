package io.ledgerlint.ingest.bucket;

import io.ledgerlint.domain.bucket.BucketConnection;
import io.ledgerlint.ingest.bucket.BucketInbox.InboxObject;
import io.ledgerlint.ingest.intake.FileNames;
import io.ledgerlint.ingest.intake.IntakeResult;
import io.ledgerlint.ingest.intake.ListedFile;
import io.ledgerlint.ingest.intake.Source;
import io.ledgerlint.ingest.publish.IntakePublisher;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Polls the ingest bucket's inbox prefix, when {@code ledgerlint.bucket.name} is set, and takes in each object as the
 * folder watcher takes a file: announced through the same intake, and moved out of the inbox only after Kafka
 * acknowledged its event. A restart lists again whatever is left; an object taken in twice (a crash between the
 * event and the move) is the same document, by its sha256.
 */
@ApplicationScoped
public class BucketWatcher {

    private static final Logger LOG = Logger.getLogger(BucketWatcher.class);

    private final IntakePublisher publisher;
    private final Config config;
    private final Optional<String> bucket;
    private final String prefix;
    private final String processedPrefix;
    private final String rejectedPrefix;
    private final String pollInterval;
    private S3Client s3;
    private BucketInbox inbox;

    BucketWatcher(IntakePublisher publisher, Config config,
            @ConfigProperty(name = "ledgerlint.bucket.name") Optional<String> bucket,
            @ConfigProperty(name = "ledgerlint.bucket.prefix") String prefix,
            @ConfigProperty(name = "ledgerlint.bucket.processed-prefix") String processedPrefix,
            @ConfigProperty(name = "ledgerlint.bucket.rejected-prefix") String rejectedPrefix,
            @ConfigProperty(name = "ledgerlint.bucket.poll-interval") String pollInterval) {
        this.publisher = publisher;
        this.config = config;
        this.bucket = bucket.filter(name -> !name.isBlank());
        this.prefix = prefix;
        this.processedPrefix = processedPrefix;
        this.rejectedPrefix = rejectedPrefix;
        this.pollInterval = pollInterval;
    }

    void start(@Observes StartupEvent started, Scheduler scheduler) {
        if (bucket.isEmpty()) {
            return;
        }
        s3 = BucketConnection.from(key -> config.getOptionalValue(key, String.class)).open();
        inbox = new BucketInbox(s3, bucket.get(), prefix, processedPrefix, rejectedPrefix);
        scheduler.newJob("ledgerlint-bucket-inbox")
                .setInterval(pollInterval)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> poll())
                .schedule();
        LOG.infof("Watching bucket %s, prefix '%s', every %s", bucket.get(), prefix, pollInterval);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (s3 != null) {
            s3.close();
        }
    }

    private void poll() {
        List<InboxObject> objects;
        try {
            objects = inbox.list();
        } catch (RuntimeException e) {
            LOG.warnf("Could not list bucket %s: %s; trying again at the next poll", bucket.get(), e.getMessage());
            return;
        }
        objects.forEach(this::take);
    }

    private void take(InboxObject object) {
        try {
            IntakeResult result = publisher.receiveListed(new ListedFile(object.name(), object.size(), object.eTag(),
                    file -> inbox.fetch(object, file)), Source.INBOX);
            boolean accepted = result instanceof IntakeResult.Accepted;
            String moved = accepted ? inbox.moveToProcessed(object) : inbox.moveToRejected(object);
            LOG.infof("%s s3://%s/%s as document %s, moved to %s", accepted ? "Accepted" : "Rejected", bucket.get(),
                    forLog(object.key()), result.documentId(), forLog(moved));
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not take s3://%s/%s; it stays in the inbox and is tried again at the next poll",
                    bucket.get(), forLog(object.key()));
        }
    }

    /** A key may hold line breaks that would forge log lines. */
    private static String forLog(String key) {
        return FileNames.escaped(key);
    }
}
