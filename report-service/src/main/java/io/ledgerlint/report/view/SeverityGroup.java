package io.ledgerlint.report.view;

import java.util.List;

/** The findings of one severity ({@code error}, {@code warning} or {@code info}). */
public record SeverityGroup(String severity, List<FindingView> findings) {
}
