package io.ledgerlint.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe on a made-up {@code /proc}: which descriptors count as writers, and what a vanishing one does. */
class ProcFsWriterProbeTest {

    @TempDir
    Path temp;

    @Test
    void findsTheWriterAmongDescriptorsClosedWhileTheProcessIsListed() throws IOException {
        Path proc = temp.resolve("proc");
        Path arriving = Files.writeString(temp.resolve("arriving.pdf"), "%PDF-1.7");
        Path process = process(proc, 4242);
        // descriptors closed between the listing and the look at them: no longer links
        for (int closed = 0; closed < 20; closed++) {
            Files.writeString(process.resolve("fd").resolve(Integer.toString(closed)), "");
        }
        Files.createSymbolicLink(process.resolve("fd/20"), arriving);
        Files.writeString(process.resolve("fdinfo/20"), "pos:\t8\nflags:\t0100001\nmnt_id:\t42\n");

        assertThat(new ProcFsWriterProbe(proc).openForWriting(Set.of(arriving))).containsExactly(arriving);
    }

    @Test
    void aDescriptorOpenOnlyForReadingIsNoWriter() throws IOException {
        Path proc = temp.resolve("proc");
        Path done = Files.writeString(temp.resolve("done.pdf"), "%PDF-1.7");
        Path process = process(proc, 4243);
        Files.createSymbolicLink(process.resolve("fd/3"), done);
        Files.writeString(process.resolve("fdinfo/3"), "pos:\t0\nflags:\t0100000\nmnt_id:\t42\n");

        assertThat(new ProcFsWriterProbe(proc).openForWriting(Set.of(done))).isEmpty();
    }

    /** A process's folder with its (empty) descriptor folders. */
    private static Path process(Path proc, int pid) throws IOException {
        Path process = proc.resolve(Integer.toString(pid));
        Files.createDirectories(process.resolve("fd"));
        Files.createDirectories(process.resolve("fdinfo"));
        return process;
    }
}
