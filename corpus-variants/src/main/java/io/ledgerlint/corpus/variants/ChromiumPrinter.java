package io.ledgerlint.corpus.variants;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints an HTML file to PDF with headless Chromium: a fresh profile per run, no header/footer, no network, and no
 * structure tree (department PDFs from word processors rarely carry one, and Chromium's tags triple the file size).
 */
final class ChromiumPrinter {

    private static final long TIMEOUT_SECONDS = 300;
    private static final Pattern PDF_DATE = Pattern.compile("(/(?:CreationDate|ModDate) \\(D:)\\d{14}");
    private static final String FIXED_DATE = "20250101000000";

    private final String executable;

    ChromiumPrinter(String executable) {
        this.executable = resolve(executable);
    }

    /** The executable as given (a path) or found on PATH; a clear error when there is none. */
    private static String resolve(String executable) {
        if (executable.contains(File.separator)) {
            if (Files.isExecutable(Path.of(executable))) {
                return executable;
            }
        } else {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
                    return Path.of(dir, executable).toString();
                }
            }
        }
        throw new IllegalStateException("Chromium not found ('" + executable + "'). The variation corpus is printed"
                + " with headless Chromium: install it (Debian/Ubuntu: apt-get install chromium fonts-wqy-zenhei"
                + " fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming) or pass -Dvariants.chromium=/path/to/chrome.");
    }

    void print(Path html, Path pdf) {
        Path profile = null;
        Path log = null;
        try {
            profile = Files.createTempDirectory("ledgerlint-chromium-");
            log = Files.createTempFile("ledgerlint-chromium-", ".log");
            Files.deleteIfExists(pdf);
            List<String> command = List.of(executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--no-pdf-header-footer", "--disable-pdf-tagging",
                    "--print-to-pdf=" + pdf.toAbsolutePath(), html.toAbsolutePath().toUri().toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not finish printing " + html + " in "
                        + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new IllegalStateException("Chromium failed to print " + html + " (exit " + process.exitValue()
                        + "):\n" + tail(log));
            }
            fixDates(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while printing " + html, e);
        } finally {
            delete(profile);
            delete(log);
        }
    }

    /**
     * Replaces the print time in /CreationDate and /ModDate by a fixed one of the same length (so no offset moves):
     * printing the same HTML twice then gives the same bytes, and regenerating an unchanged variant changes nothing.
     */
    static void fixDates(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher matcher = PDF_DATE.matcher(text);
        StringBuilder fixed = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(fixed, Matcher.quoteReplacement(matcher.group(1) + FIXED_DATE));
        }
        matcher.appendTail(fixed);
        byte[] out = fixed.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (out.length != bytes.length) {
            throw new IllegalStateException("date fix changed the length of " + pdf);
        }
        Files.write(pdf, out);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    static void delete(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a profile file still held by a dying child process: leave it to the OS temp cleanup
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
