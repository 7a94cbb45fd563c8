package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.table.TableRow;
import java.util.List;
import java.util.Optional;

/**
 * rules.md §6.4 "pure-fiscal condition": no income besides 一般公共预算 财政拨款, no 结转结余 at either end. Then the income
 * and expense 功能分类 breakdowns must coincide, and several ≤ checks become equalities.
 */
final class PureFiscal {

    private static final List<String> INCOME_ZERO = List.of("政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入",
            "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入", "使用非财政拨款结余", "年初结转和结余");

    private PureFiscal() {
    }

    static boolean holds(ValidationContext context) {
        return context.derived(PureFiscal.class, PureFiscal::compute);
    }

    private static boolean compute(ValidationContext context) {
        if (context.table("01").isEmpty()) {
            return false;
        }
        boolean incomeZero = INCOME_ZERO.stream().allMatch(label -> zero(Tables.row(context, "01", 1, label), 1));
        return incomeZero && zero(Tables.row(context, "01", 2, "年末结转和结余"), 2);
    }

    private static boolean zero(Optional<TableRow> row, int lanci) {
        return row.map(r -> r.value(lanci).isAmount() && r.value(lanci).isZero()).orElse(true);
    }
}
