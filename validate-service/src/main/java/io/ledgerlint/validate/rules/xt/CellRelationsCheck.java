package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import java.util.List;

/** A cross-table check made of fixed cell relations (totals and named rows agreeing between tables). */
final class CellRelationsCheck implements Rule.Check {

    private final List<CellRelation> relations;

    CellRelationsCheck(CellRelation... relations) {
        this.relations = List.of(relations);
    }

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        relations.forEach(r -> r.check(context, sink));
    }
}
