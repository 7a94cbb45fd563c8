package io.ledgerlint.ingest.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the files of a folder that are complete: regular files whose size and modification time did not change since
 * the previous {@link #poll()} and which no process holds open for writing. Names that editors and copy tools use
 * while writing (dotfiles, {@code *.part}, {@code *.tmp}, {@code *~}) and subfolders are never taken.
 * Not thread-safe: one poller calls it.
 */
public final class CompleteFiles {

    private record Snapshot(long size, FileTime modified) {
    }

    private final Path folder;
    private final WriterProbe writers;
    private Map<Path, Snapshot> previous = Map.of();

    public CompleteFiles(Path folder, WriterProbe writers) {
        this.folder = folder;
        this.writers = writers;
    }

    /** The complete files now in the folder, by name; a file stays in the answer until it is moved away. */
    public List<Path> poll() throws IOException {
        Map<Path, Snapshot> current = snapshotCandidates();
        Set<Path> unchanged = current.entrySet().stream()
                .filter(entry -> entry.getValue().equals(previous.get(entry.getKey())))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        previous = current;
        Set<Path> beingWritten = writers.openForWriting(unchanged);
        return unchanged.stream().filter(file -> !beingWritten.contains(file)).sorted().toList();
    }

    private Map<Path, Snapshot> snapshotCandidates() throws IOException {
        Files.createDirectories(folder);
        Map<Path, Snapshot> snapshots = new HashMap<>();
        try (Stream<Path> entries = Files.list(folder.toRealPath())) {
            entries.filter(CompleteFiles::isCandidateName).forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile()) {
                        snapshots.put(file, new Snapshot(attributes.size(), attributes.lastModifiedTime()));
                    }
                } catch (NoSuchFileException e) {
                    // removed between listing and reading: nothing to take
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return snapshots;
    }

    private static boolean isCandidateName(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp") && !name.endsWith("~");
    }
}
