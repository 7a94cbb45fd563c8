package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.RuleProvider;
import java.util.List;

/** The STRUCT family: generic structure of the nine 公开表 (rules.md §6.2). */
public final class StructRules implements RuleProvider {

    @Override
    public String family() {
        return "STRUCT";
    }

    @Override
    public List<Rule> rules() {
        return List.of(new ReadingRule(), new ColumnsRule(), new LineNumbersRule(), new CodeFormatRule(),
                new CodeNameRule(), new CodeOrderRule(), new PrecisionRule(), new TemplateRowsRule());
    }
}
