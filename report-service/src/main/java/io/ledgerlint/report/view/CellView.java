package io.ledgerlint.report.view;

/** One table cell as shown: its text, and whether a finding names it. */
public record CellView(String text, boolean highlighted) {
}
