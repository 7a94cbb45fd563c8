package io.ledgerlint.ingest.inbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linux: finds writers through {@code /proc/<pid>/fd} (which file each descriptor points at) and
 * {@code /proc/<pid>/fdinfo} (the open flags). Only processes this user may inspect are seen; a writer on another
 * machine (a network share) is not, so the stable-size rule stays in force as well.
 */
public final class ProcFsWriterProbe implements WriterProbe {

    private static final int ACCESS_MODE_MASK = 03; // O_ACCMODE: O_RDONLY 0, O_WRONLY 1, O_RDWR 2
    private static final Pattern FLAGS = Pattern.compile("(?m)^flags:\\s*([0-7]+)$");

    private final Path proc;

    ProcFsWriterProbe(Path proc) {
        this.proc = proc;
    }

    /** The probe for this machine, or {@link WriterProbe#NONE} where there is no {@code /proc}. */
    public static WriterProbe forThisSystem() {
        Path proc = Path.of("/proc");
        return Files.isDirectory(proc.resolve("self/fd")) ? new ProcFsWriterProbe(proc) : NONE;
    }

    @Override
    public Set<Path> openForWriting(Set<Path> files) {
        Set<Path> writing = new HashSet<>();
        if (files.isEmpty()) {
            return writing;
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path process : processes) {
                collectWriters(process, files, writing);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + proc, e);
        }
        return writing;
    }

    /**
     * A busy process opens and closes files while it is listed: a descriptor closed meanwhile is no writer, and the
     * rest of the process is still asked.
     */
    private static void collectWriters(Path process, Set<Path> files, Set<Path> writing) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path descriptor : descriptors) {
                target(descriptor).filter(files::contains)
                        .filter(file -> isWritable(process.resolve("fdinfo").resolve(descriptor.getFileName())))
                        .ifPresent(writing::add);
            }
        } catch (IOException | SecurityException e) {
            // The process ended meanwhile, or is not ours to inspect: it cannot be asked.
        }
    }

    private static Optional<Path> target(Path descriptor) {
        try {
            return Optional.of(Files.readSymbolicLink(descriptor));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isWritable(Path fdinfo) {
        try {
            Matcher flags = FLAGS.matcher(Files.readString(fdinfo));
            return flags.find() && (Integer.parseInt(flags.group(1), 8) & ACCESS_MODE_MASK) != 0;
        } catch (IOException e) {
            return false;
        }
    }
}
