package io.ledgerlint.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompleteFilesTest {

    @TempDir
    Path inbox;
    private Path realInbox;

    @BeforeEach
    void setUp() throws IOException {
        realInbox = inbox.toRealPath();
    }

    @Test
    void aNewFileIsTakenOnceItStoodStillForOnePoll() throws IOException {
        CompleteFiles files = new CompleteFiles(inbox, WriterProbe.NONE);
        Files.writeString(inbox.resolve("a.pdf"), "%PDF-");

        assertThat(files.poll()).isEmpty();
        assertThat(files.poll()).containsExactly(realInbox.resolve("a.pdf"));
    }

    @Test
    void aGrowingFileIsNotTakenUntilItStopsGrowing() throws IOException {
        CompleteFiles files = new CompleteFiles(inbox, WriterProbe.NONE);
        Path growing = inbox.resolve("growing.pdf");
        Files.writeString(growing, "%PDF-1.7\n");

        assertThat(files.poll()).isEmpty();
        Files.writeString(growing, "more bytes\n", StandardOpenOption.APPEND);
        assertThat(files.poll()).isEmpty();
        Files.writeString(growing, "and the end\n", StandardOpenOption.APPEND);
        assertThat(files.poll()).isEmpty();
        assertThat(files.poll()).containsExactly(realInbox.resolve("growing.pdf"));
    }

    @Test
    void aFileStillOpenForWritingIsNotTakenEvenWhenItPauses() throws IOException {
        WriterProbe probe = ProcFsWriterProbe.forThisSystem();
        assumeTrue(probe != WriterProbe.NONE, "needs /proc");
        CompleteFiles files = new CompleteFiles(inbox, probe);
        Path slow = inbox.resolve("slow.pdf");

        try (OutputStream writer = Files.newOutputStream(slow)) {
            writer.write("%PDF-1.7\n".getBytes());
            writer.flush();
            assertThat(files.poll()).isEmpty();
            assertThat(files.poll()).as("unchanged, but the writer has not closed it").isEmpty();
            assertThat(files.poll()).isEmpty();
        }
        assertThat(files.poll()).containsExactly(realInbox.resolve("slow.pdf"));
    }

    @Test
    void aFileOpenOnlyForReadingIsTaken() throws IOException {
        CompleteFiles files = new CompleteFiles(inbox, ProcFsWriterProbe.forThisSystem());
        Path file = Files.writeString(inbox.resolve("read.pdf"), "%PDF-");

        try (var reader = Files.newInputStream(file)) {
            assertThat(files.poll()).isEmpty();
            assertThat(files.poll()).containsExactly(realInbox.resolve("read.pdf"));
        }
    }

    @Test
    void partialDownloadsHiddenFilesBackupsAndFoldersAreNeverTaken() throws IOException {
        CompleteFiles files = new CompleteFiles(inbox, WriterProbe.NONE);
        for (String name : new String[] {".hidden.pdf", "download.pdf.part", "copy.tmp", "edit.pdf~"}) {
            Files.writeString(inbox.resolve(name), "%PDF-");
        }
        Files.createDirectories(inbox.resolve("folder.pdf"));

        assertThat(files.poll()).isEmpty();
        assertThat(files.poll()).isEmpty();
    }

    @Test
    void aFileThatStaysIsOfferedAgainAndOneMovedAwayIsForgotten() throws IOException {
        CompleteFiles files = new CompleteFiles(inbox, WriterProbe.NONE);
        Path stays = Files.writeString(inbox.resolve("stays.pdf"), "%PDF-");
        Path leaves = Files.writeString(inbox.resolve("leaves.pdf"), "%PDF-");
        files.poll();

        assertThat(files.poll()).containsExactly(realInbox.resolve("leaves.pdf"), realInbox.resolve("stays.pdf"));
        Files.move(leaves, inbox.resolveSibling("elsewhere.pdf"));
        assertThat(files.poll()).containsExactly(realInbox.resolve("stays.pdf"));
        Files.move(inbox.resolveSibling("elsewhere.pdf"), leaves);
        assertThat(files.poll()).as("back again: a new file, watched afresh").containsExactly(
                realInbox.resolve("stays.pdf"));
        assertThat(stays).exists();
    }

    @Test
    void createsAMissingInbox() throws IOException {
        Path missing = inbox.resolve("not-yet");

        assertThat(new CompleteFiles(missing, WriterProbe.NONE).poll()).isEmpty();
        assertThat(missing).isDirectory();
    }
}
