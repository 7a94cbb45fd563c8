package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.table.TableRow;
import java.util.Map;

/**
 * XT-T04-T01-CLASS: each 类 line of T04 (财政拨款 spending, c2) ≤ the same 类 line of T01 (all spending, c2); equal
 * under the pure-fiscal condition.
 */
final class ClassLinesCheck implements Rule.Check {

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        var t04 = context.table("04").orElse(null);
        var t01 = context.table("01").orElse(null);
        if (t04 == null || t01 == null) {
            return;
        }
        Map<String, TableRow> all = Tables.classRows(t01, 2);
        boolean pureFiscal = PureFiscal.holds(context);
        Tables.classRows(t04, 2).forEach((code, line) -> {
            TableRow reference = all.get(code);
            if (reference == null) {
                return;
            }
            Map<String, String> params = Map.of();
            if (pureFiscal) {
                IdentityChecks.equal(sink, Term.of(line, 2), Term.of(reference, 2), params);
            } else {
                IdentityChecks.atMost(sink, Term.of(line, 2), Term.of(reference, 2), params);
            }
        });
    }
}
