package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import java.util.List;

/** A cross-table rule made of fixed cell relations (totals and named rows agreeing between tables). */
final class CellRelationsRule implements Rule {

    private final String id;
    private final List<CellRelation> relations;

    CellRelationsRule(String id, CellRelation... relations) {
        this.id = id;
        this.relations = List.of(relations);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        relations.forEach(r -> r.check(context, sink));
    }
}
