package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.RuleProvider;
import java.util.List;

/** The DOC family: document-level checks (rules.md §6.1). DOC-TYPE itself is {@code DocumentClassifier}. */
public final class DocRules implements RuleProvider {

    @Override
    public String family() {
        return "DOC";
    }

    @Override
    public List<Rule> rules() {
        return List.of(new TablesPresentRule(), new SectionsRequiredRule(), new YearRule(), new UnitNameRule(),
                new UnitMeasureRule(), new EmptyTableNoteRule(), new TemplateResidueRule(), new TocPresentRule(),
                new TocSectionsRule(), new BlankFieldRule(), new HeadcountRule());
    }
}
