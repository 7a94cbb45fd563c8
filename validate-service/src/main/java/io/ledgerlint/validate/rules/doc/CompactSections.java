package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.validate.engine.ValidationContext;
import java.util.List;

/** The texts of {@link ValidationContext#sections()} without whitespace, in the same order, computed once per document. */
final class CompactSections {

    private CompactSections() {
    }

    static List<String> of(ValidationContext context) {
        return context.derived(CompactSections.class,
                c -> c.sections().stream().map(section -> Contents.compact(section.text())).toList());
    }
}
