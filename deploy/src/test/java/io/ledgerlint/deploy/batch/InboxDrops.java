package io.ledgerlint.deploy.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts submissions into the inbox the way a careful copy tool does: written beside it, then renamed into it, so that
 * ingest never sees a half-written file and the drop time is the moment the whole file appeared.
 */
public final class InboxDrops {

    private final Path inbox;
    private final Path staging;

    /** @param staging a folder on the inbox's file system, outside it (a rename across file systems is a copy) */
    public InboxDrops(Path inbox, Path staging) throws IOException {
        this.inbox = inbox;
        this.staging = Files.createDirectories(staging);
    }

    /** All at once: the drop times of the documents, by id. */
    public Map<String, Instant> burst(List<Submission> submissions) throws IOException {
        stage(submissions);
        Map<String, Instant> dropped = new LinkedHashMap<>();
        for (Submission submission : submissions) {
            dropped.put(submission.documentId(), moveIn(submission));
        }
        return dropped;
    }

    /**
     * One every {@code 1 / perSecond} seconds, on a fixed schedule from the first (a late drop does not shift the
     * later ones): the drop times of the documents, by id.
     */
    public Map<String, Instant> steady(List<Submission> submissions, double perSecond)
            throws IOException, InterruptedException {
        stage(submissions);
        Map<String, Instant> dropped = new LinkedHashMap<>();
        Instant start = Instant.now();
        for (int i = 0; i < submissions.size(); i++) {
            Instant due = start.plusNanos(Math.round(i * 1e9 / perSecond));
            Duration wait = Duration.between(Instant.now(), due);
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
            }
            dropped.put(submissions.get(i).documentId(), moveIn(submissions.get(i)));
        }
        return dropped;
    }

    /** Written before the clock starts, so that writing 31 MB does not count as pipeline time. */
    private void stage(List<Submission> submissions) throws IOException {
        for (Submission submission : submissions) {
            Files.write(staging.resolve(submission.fileName()), submission.content());
        }
    }

    private Instant moveIn(Submission submission) throws IOException {
        Files.move(staging.resolve(submission.fileName()), inbox.resolve(submission.fileName()),
                StandardCopyOption.ATOMIC_MOVE);
        return Instant.now();
    }
}
