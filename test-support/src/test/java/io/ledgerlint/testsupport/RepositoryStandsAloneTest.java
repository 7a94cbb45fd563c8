package io.ledgerlint.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user clones the repository alone: nothing in it may reach for the domain pack the team keeps beside it, and every
 * Maven command the README shows must work on a fresh machine (so none runs offline).
 */
class RepositoryStandsAloneTest {

    /**
     * The folder beside the repository, by a relative path or by the names of its parts (an absolute path to it works
     * only on the machine that wrote it). Spelt in two parts so that this file does not match itself.
     */
    private static final List<String> OUTSIDE_FOLDER = List.of(".." + "/shared", "shared" + "/corpus",
            "shared" + "/domain");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "data", "node_modules", ".idea");
    private static final Pattern MAVEN_COMMAND = Pattern.compile("\\./mvnw[^`\\n|]*");
    private static final Pattern OFFLINE_FLAG = Pattern.compile("(^|\\s)(-o|--offline)(\\s|$)");

    private final Path repository = Path.of(System.getProperty("ledgerlint.repository", "..")).toAbsolutePath()
            .normalize();

    @Test
    void noFileRefersToTheFolderBesideTheRepository() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(repository)) {
            offenders = files.filter(this::notSkipped)
                    .filter(Files::isRegularFile)
                    .filter(RepositoryStandsAloneTest::mentionsOutsideFolder)
                    .map(repository::relativize)
                    .toList();
        }
        assertEquals(List.of(), offenders, "files that refer to " + OUTSIDE_FOLDER);
    }

    @Test
    void theCorpusTheTestsReadIsInTheRepository() {
        assertTrue(CorpusDocuments.root().startsWith(repository), "corpus outside the repository");
        assertTrue(CorpusDocuments.all().size() >= 2, "the corpus documents are missing");
    }

    @Test
    void noMavenCommandInTheReadmesRunsOffline() throws IOException {
        List<String> offline;
        try (Stream<Path> files = Files.walk(repository)) {
            offline = files.filter(this::notSkipped)
                    .filter(file -> file.getFileName().toString().endsWith(".md"))
                    .flatMap(RepositoryStandsAloneTest::mavenCommands)
                    .filter(command -> OFFLINE_FLAG.matcher(command).find())
                    .toList();
        }
        assertEquals(List.of(), offline, "documented commands that fail on a machine without a local repository");
    }

    private boolean notSkipped(Path path) {
        for (Path part : repository.relativize(path)) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentionsOutsideFolder(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            return OUTSIDE_FOLDER.stream().anyMatch(text::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> mavenCommands(Path markdown) {
        try {
            Matcher matcher = MAVEN_COMMAND.matcher(Files.readString(markdown));
            return matcher.results().map(result -> markdown.getFileName() + ": " + result.group()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
