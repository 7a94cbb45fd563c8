package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One variant as data (an entry of {@code variants.json}, with the defaults merged in): how to typeset it, which
 * truth transforms to apply, and for twins the injected error or the neutral edits. It is generated once per source.
 */
record VariantSpec(
        String name,
        @JsonProperty("class") String variationClass,
        String kind,
        String description,
        List<String> sources,
        Style style,
        Transforms transforms,
        String factsChanged,
        Injection injection,
        List<ObjectNode> expectedAdded,
        List<String> dropPassedChecks,
        Neutral neutral) {

    static final String LAYOUT = "layout";
    static final String ERROR_TWIN = "error-twin";
    static final String NEUTRAL_TWIN = "neutral-twin";

    /**
     * Typesetting switches. rules: grid | three-line | partial; font: song | hei | kai | noto-sans | noto-serif;
     * orientation: portrait | landscape; flow: page-per-table (each table starts a page) | continuous (tables follow
     * the text and break wherever the page ends); caption: hunan (label above the title, right) | label-left |
     * title-first (title, then label and unit on one line, then the 部门 line).
     */
    record Style(
            String rules,
            String font,
            double sizePt,
            double textSizePt,
            String orientation,
            double marginMm,
            boolean repeatHeader,
            String flow,
            Double labelWidthEm,
            String caption,
            boolean shadeHeader,
            boolean boldTitles) {
    }

    /**
     * Truth transforms, applied to a copy of the source truth: the printed table changes and the truth with it.
     * emptyAmount: null (blank stays blank) or the text printed in an empty amount cell ("0", "-", "0.00").
     */
    record Transforms(
            boolean dropLanci,
            boolean addHangci,
            String emptyAmount,
            boolean perfUnitInCell,
            boolean perfShortIndicatorNames,
            String departmentLabel) {
    }

    /**
     * An error twin's change: in table {@code table}, the body row whose column {@code matchCol} reads {@code match}
     * (whitespace removed) has its column {@code col} changed from {@code from} to {@code to}.
     */
    record Injection(String table, int matchCol, String match, int col, String from, String to, String where) {
    }

    /** A neutral rewording: in the (sub)section whose heading is {@code section}, {@code from} → {@code to}. */
    record TextEdit(String section, String from, String to) {
    }

    /** A neutral reordering: two body rows of a table swap their cells from {@code fromCol} on. */
    record RowSwap(String table, int rowA, int rowB, int fromCol, String why) {
    }

    record Neutral(List<TextEdit> textEdits, List<RowSwap> rowSwaps) {
    }
}
