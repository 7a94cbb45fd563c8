package io.ledgerlint.ingest.inbox;

import java.nio.file.Path;
import java.util.Set;

/** Tells which of some files a process still holds open for writing. */
@FunctionalInterface
public interface WriterProbe {

    /** @param files absolute, real paths */
    Set<Path> openForWriting(Set<Path> files);

    /** For systems without a way to ask: completeness then rests on the file standing still between polls. */
    WriterProbe NONE = files -> Set.of();
}
