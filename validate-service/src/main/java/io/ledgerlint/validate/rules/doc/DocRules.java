package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.RuleProvider;
import java.util.List;

/**
 * The DOC family: document-level checks (rules.md §6.1). DOC-TYPE itself is decided by parse-service (domain
 * {@code DocumentFactsReader}) and carried in the event.
 */
public final class DocRules implements RuleProvider {

    @Override
    public String family() {
        return "DOC";
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                new Rule("DOC-TABLES-PRESENT", new TablesPresentCheck()),
                new Rule("DOC-SECTIONS-REQUIRED", new SectionsRequiredCheck()),
                new Rule("DOC-YEAR", new YearCheck()),
                new Rule("DOC-UNIT-NAME", new UnitNameCheck()),
                new Rule("DOC-UNIT-MEASURE", new UnitMeasureCheck()),
                new Rule("DOC-EMPTY-TABLE-NOTE", new EmptyTableNoteCheck()),
                new Rule("DOC-TEMPLATE-RESIDUE", new TemplateResidueCheck()),
                new Rule("DOC-TOC-PRESENT", new TocPresentCheck()),
                new Rule("DOC-TOC-SECTIONS", new TocSectionsCheck()),
                new Rule("DOC-BLANK-FIELD", new BlankFieldCheck()),
                new Rule("DOC-HEADCOUNT", new HeadcountCheck()));
    }
}
