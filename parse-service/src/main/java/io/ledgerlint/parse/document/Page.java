package io.ledgerlint.parse.document;

import io.ledgerlint.parse.geometry.PageGeometry;

/** One page as read in a single pass over its content stream: its text for the narrative, its geometry for tables. */
public record Page(PageContent content, PageGeometry geometry) {
}
