package io.ledgerlint.validate.document;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.validate.engine.ValidationContext;
import java.util.List;
import java.util.OptionalInt;

/**
 * Facts about the whole document that several rules need: the report year (as parse-service decided it) and the
 * narrative sections of 第三部分.
 * Obtain through {@link #of(ValidationContext)} so they are computed once per document.
 */
public final class DocumentFacts {

    private static final String NARRATIVE_PART = "第三部分";

    private final OptionalInt year;
    private final List<Section> narrative;

    private DocumentFacts(OptionalInt year, List<Section> narrative) {
        this.year = year;
        this.narrative = narrative;
    }

    public static DocumentFacts of(ValidationContext context) {
        return context.derived(DocumentFacts.class, c -> read(c.document(), c.facts().year()));
    }

    private static DocumentFacts read(TablesExtracted document, Integer year) {
        List<Section> narrative = document.sections() == null ? List.of() : document.sections().stream()
                .filter(s -> s.level() == 2 && s.part() != null && compact(s.part()).startsWith(NARRATIVE_PART))
                .toList();
        return new DocumentFacts(year == null ? OptionalInt.empty() : OptionalInt.of(year), narrative);
    }

    /** The reporting year Y (the title's, else the 第三部分 heading's, else the cover page's). */
    public OptionalInt year() {
        return year;
    }

    /** The numbered sections (一、二、…) of 第三部分 部门决算情况说明. */
    public List<Section> narrativeSections() {
        return narrative;
    }

    static String compact(String text) {
        return Whitespace.removed(text);
    }
}
