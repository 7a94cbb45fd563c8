package io.ledgerlint.testsupport;

import java.util.List;

/** Replaces one {@code ## } section of a Markdown file, keeping the others: several benchmarks share one file. */
public final class MarkdownSection {

    private MarkdownSection() {
    }

    /**
     * {@code document} with the section under {@code heading} (up to the next heading of the same level) replaced by
     * {@code section}, which starts with that heading; appended when the document has no such section.
     */
    public static String replace(String document, String heading, String section) {
        List<String> lines = document.lines().toList();
        int start = lines.indexOf(heading);
        String replacement = section.strip() + "\n";
        if (start < 0) {
            return document.stripTrailing() + "\n\n" + replacement;
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        String before = String.join("\n", lines.subList(0, start));
        String after = String.join("\n", lines.subList(end, lines.size()));
        return (before.isEmpty() ? "" : before + "\n") + replacement + (after.isEmpty() ? "" : "\n" + after + "\n");
    }
}
