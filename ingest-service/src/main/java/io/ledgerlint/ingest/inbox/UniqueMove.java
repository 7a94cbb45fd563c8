package io.ledgerlint.ingest.inbox;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Moves a file into a folder under its own name, or {@code name-1.ext}, {@code name-2.ext} … : never overwrites. */
public final class UniqueMove {

    private UniqueMove() {
    }

    public static Path into(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path target = folder.resolve(candidate(name, attempt));
            try {
                // Without REPLACE_EXISTING the move fails rather than overwrite a file already there.
                return Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
    }

    /** The name to try at {@code attempt} (0, 1, 2 …): {@code name}, then {@code name-1.ext}, {@code name-2.ext} … */
    public static String candidate(String name, int attempt) {
        if (attempt == 0) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return stem + "-" + attempt + extension;
    }
}
