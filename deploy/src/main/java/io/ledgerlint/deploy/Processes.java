package io.ledgerlint.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

final class Processes {

    private Processes() {
    }

    /**
     * SIGTERM, then SIGKILL after the grace period; descendants are collected first because a killed parent's
     * children are re-parented and could no longer be found from it.
     */
    static void terminate(ProcessHandle process, Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            awaitExit(process, grace);
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(5));
        }
        for (ProcessHandle descendant : descendants) {
            if (descendant.isAlive()) {
                descendant.destroyForcibly();
                awaitExit(descendant, Duration.ofSeconds(5));
            }
        }
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still alive: the caller escalates
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String tail(Path file, int lines) {
        try {
            // decoded leniently: the process may have been cut in the middle of a character
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }
}
