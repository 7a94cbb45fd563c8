package io.ledgerlint.report.view;

import java.util.List;

/** A narrative section with the sentences findings point at, in the order of the findings. */
public record NarrativeSection(String heading, Integer page, List<CheckedSentence> sentences) {
}
