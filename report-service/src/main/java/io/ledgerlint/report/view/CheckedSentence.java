package io.ledgerlint.report.view;

import java.util.List;

/**
 * A narrative sentence a finding points at, shown in its paragraph: {@code before} + {@code sentence} + {@code after}
 * (both empty when the sentence was not found in the section's text).
 *
 * @param disagrees true when an error or warning names the sentence, i.e. it disagrees with the tables or itself
 */
public record CheckedSentence(String before, String sentence, String after, Integer page, boolean disagrees,
        List<FindingRef> findings) {
}
