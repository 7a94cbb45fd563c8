package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.SumIdentity;
import io.ledgerlint.validate.identity.Term;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A relation between cells of different tables: equal, at most, or a sum. Skipped when a table or row is missing. */
record CellRelation(Kind kind, CellRef left, List<CellRef> right, Map<String, String> params) {

    enum Kind { EQUAL, AT_MOST, SUM }

    static CellRelation equal(CellRef actual, CellRef reference, Map<String, String> params) {
        return new CellRelation(Kind.EQUAL, actual, List.of(reference), params);
    }

    static CellRelation atMost(CellRef part, CellRef whole, Map<String, String> params) {
        return new CellRelation(Kind.AT_MOST, part, List.of(whole), params);
    }

    static CellRelation sum(CellRef total, List<CellRef> summands, Map<String, String> params) {
        return new CellRelation(Kind.SUM, total, summands, params);
    }

    void check(ValidationContext context, FindingSink sink) {
        Optional<Term> leftTerm = left.resolve(context);
        List<Optional<Term>> rightTerms = right.stream().map(r -> r.resolve(context)).toList();
        if (leftTerm.isEmpty() || rightTerms.stream().anyMatch(Optional::isEmpty)) {
            return;
        }
        List<Term> terms = rightTerms.stream().map(Optional::get).toList();
        switch (kind) {
            case EQUAL -> IdentityChecks.equal(sink, leftTerm.get(), terms.get(0), params);
            case AT_MOST -> IdentityChecks.atMost(sink, leftTerm.get(), terms.get(0), params);
            case SUM -> IdentityChecks.sum(sink, new SumIdentity(leftTerm.get(), terms), params);
        }
    }
}
