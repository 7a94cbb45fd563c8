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
        return List.of(
                new Rule("STRUCT-READ", new ReadingCheck()),
                new Rule("STRUCT-COLS", new ColumnsCheck()),
                new Rule("STRUCT-ROWNUM", new LineNumbersCheck()),
                new Rule("STRUCT-CODE-FORMAT", new CodeFormatCheck()),
                new Rule("STRUCT-CODE-NAME", new CodeNameCheck()),
                new Rule("STRUCT-CODE-ORDER", new CodeOrderCheck()),
                new Rule("STRUCT-PRECISION", new PrecisionCheck()),
                new Rule("STRUCT-TEMPLATE-ROWS", new TemplateRowsCheck()));
    }
}
