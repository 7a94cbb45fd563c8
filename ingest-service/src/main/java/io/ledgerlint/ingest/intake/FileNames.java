package io.ledgerlint.ingest.intake;

/** Turns a sender's file name into one safe to record and show: no directories, no control characters. */
final class FileNames {

    private FileNames() {
    }

    static String display(String filename, String fallback) {
        if (filename == null) {
            return fallback;
        }
        String lastSegment = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        String cleaned = lastSegment.replaceAll("\\p{Cntrl}", "").strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? fallback : cleaned;
    }
}
