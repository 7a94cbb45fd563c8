package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 自评报告's project funds statement "年初预算项目金额X万元，上年结余结转Y万元，年中执行调增Z万元，实际支出W万元，
 * 结余结转V万元" (rules.md PERF-FUNDS-FLOW). Missing terms are null; {@code allocated} is the 年初 (or 追加) amount.
 */
public record FundsFlow(Sentence sentence, BigDecimal allocated, BigDecimal carriedIn, BigDecimal increased,
                        BigDecimal decreased, BigDecimal spent, BigDecimal carriedOut) {

    static List<FundsFlow> read(List<Sentence> sentences) {
        List<FundsFlow> out = new ArrayList<>();
        for (Sentence s : sentences) {
            BigDecimal allocated = null;
            BigDecimal carriedIn = null;
            BigDecimal increased = null;
            BigDecimal decreased = null;
            BigDecimal spent = null;
            BigDecimal carriedOut = null;
            for (Figures.Amount a : s.amounts()) {
                String label = a.label();
                if (label.contains("上年") && label.contains("结转")) {
                    carriedIn = a.value();
                } else if (label.contains("结转") || label.contains("结余")) {
                    carriedOut = a.value();
                } else if (label.contains("调增") || label.contains("追加")) {
                    increased = a.value();
                } else if (label.contains("调减")) {
                    decreased = a.value();
                } else if (label.contains("实际支出") || label.contains("实际执行")) {
                    spent = a.value();
                } else if (label.contains("年初预算") || label.equals("金额")) {
                    allocated = a.value();
                }
            }
            if (allocated != null && spent != null && carriedOut != null) {
                out.add(new FundsFlow(s, allocated, carriedIn, increased, decreased, spent, carriedOut));
            }
        }
        return out;
    }

    /** allocated + carried in + increased − decreased − spent − carried out; zero when the statement balances. */
    public BigDecimal imbalance() {
        return allocated.add(orZero(carriedIn)).add(orZero(increased)).subtract(orZero(decreased))
                .subtract(spent).subtract(carriedOut);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
