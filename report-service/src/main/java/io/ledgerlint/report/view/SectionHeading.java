package io.ledgerlint.report.view;

/** A narrative section heading; level 1 for 第X部分, 2 for the numbered headings inside a part. */
public record SectionHeading(String heading, int level, int page) {
}
