package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.table.TableRow;
import java.util.Map;
import java.util.Optional;

/**
 * XT-T06-T09-*: a 三公 item in T06 (基本支出, 一般公共预算) must not exceed T09 (财政拨款, basic + project); it must equal
 * it when there is no project spending (T05 合计 项目支出 = 0). T09 above T06 is normal (rules.md §8.3).
 */
final class ThreePublicItemCheck implements Rule.Check {

    private final String economicCode;
    private final int t09Lanci;

    ThreePublicItemCheck(String economicCode, int t09Lanci) {
        this.economicCode = economicCode;
        this.t09Lanci = t09Lanci;
    }

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        Optional<TableRow> basic = context.table("06").flatMap(t -> t.rowByCode(economicCode));
        Optional<TableRow> threePublic = Tables.threePublicRow(context);
        if (basic.isEmpty() || threePublic.isEmpty()) {
            return;
        }
        Term t06 = Term.amountOf(basic.get());
        Term t09 = Term.of(threePublic.get(), t09Lanci);
        Map<String, String> params = Map.of();
        boolean noProjectSpending = CellRef.of("05", "合计", 3).resolve(context)
                .map(t -> t.checkable() && t.amount().signum() == 0).orElse(false);
        if (noProjectSpending) {
            IdentityChecks.equal(sink, t06, t09, params);
        } else {
            IdentityChecks.atMost(sink, t06, t09, params);
        }
    }
}
