package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.rules.perf.EvaluationTable.FundsLine;
import io.ledgerlint.validate.rules.perf.EvaluationTable.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** PERF rules inside one 自评表: 执行率, 资金得分, funds components, weights, scores and the 总分 row. */
final class ScoreTableChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreTableChecks() {
    }

    static void executionRate(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            t.effectiveFunds().ifPresent(f -> {
                if (f.rate() == null || f.executed() == null || f.fullYear() == null || f.fullYear().signum() == 0) {
                    return;
                }
                Tolerances.Percentage check = Tolerances.percentage(f.rate(), f.rate().scale(), f.executed(),
                        Tolerances.HALF_CENT, f.fullYear(), Tolerances.HALF_CENT);
                if (check.defined() && !check.holds()) {
                    String q = rate(f).setScale(2, RoundingMode.HALF_UP).toPlainString();
                    sink.finding().at(f.location())
                            .param("q", q).param("a", f.executed()).param("b", f.fullYear()).param("p", f.rate())
                            .expected(q).actual(f.rate().toPlainString())
                            .formula(t.name() + "：全年执行数/全年预算数").report();
                }
            });
        }
    }

    static void fundsScore(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            t.effectiveFunds().ifPresent(f -> {
                if (f.weight() == null || f.score() == null) {
                    return;
                }
                BigDecimal rate = f.executed() != null && f.fullYear() != null && f.fullYear().signum() > 0
                        ? rate(f) : f.rate();
                if (rate == null) {
                    return;
                }
                BigDecimal expected = f.weight().multiply(rate.min(HUNDRED)).divide(HUNDRED, 4, RoundingMode.HALF_UP);
                if (!scoreHolds(f.score(), expected)) {
                    String q = expected.setScale(2, RoundingMode.HALF_UP).toPlainString();
                    sink.finding().at(f.location()).param("q", q).param("p", f.score())
                            .expected(q).actual(f.score().toPlainString())
                            .formula(t.name() + "：分值×min(执行率,100%)").report();
                }
            });
        }
    }

    static void fundsComponents(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            if (t.funds() == null || t.funds().executed() == null || t.components().isEmpty()) {
                continue;
            }
            List<Function<FundsLine, BigDecimal>> columns = List.of(FundsLine::initial, FundsLine::fullYear,
                    FundsLine::executed);
            for (Function<FundsLine, BigDecimal> column : columns) {
                BigDecimal total = column.apply(t.funds());
                if (total == null) {
                    continue;
                }
                List<BigDecimal> parts = t.components().stream().map(column).filter(Objects::nonNull).toList();
                Tolerances.SumCheck check = Tolerances.sum(total, parts);
                if (!parts.isEmpty() && !check.holds()) {
                    sink.finding().at(t.funds().location()).expected(check.sum().toPlainString())
                            .actual(total.toPlainString()).formula(t.name() + "：当年财政拨款+上年结转+其他资金").report();
                    return;
                }
            }
        }
    }

    /**
     * Σ 分值 = 100 = the printed 总分 分值. When headings whose rows fall short account for the whole gap, the finding
     * points at them too (PERF-GROUP-WEIGHT then stays silent: one cause, reported once).
     */
    static void weightSum(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            if (!t.weightSumFails()) {
                continue;
            }
            String sum = t.weightSum().orElseThrow().toPlainString();
            FindingSink.Builder finding = sink.finding()
                    .at(t.total() != null ? t.total().location() : t.funds().location());
            t.groupChecksExplainingWeightSum().forEach(c -> finding.at(c.heading().location()));
            finding.param("S", sum).expected("100").actual(sum).formula(t.name() + "：Σ指标分值+资金分值").report();
        }
    }

    static void scoreSum(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            if (!t.complete() || t.total() == null || t.funds() == null || t.funds().score() == null
                    || t.indicators().stream().anyMatch(i -> i.score() == null)) {
                continue;
            }
            BigDecimal sum = sum(t, Indicator::score).add(t.funds().score());
            if (!scoreHolds(t.total().score(), sum)) {
                sink.finding().at(t.total().location()).param("T", t.total().score().toPlainString())
                        .param("S", sum.toPlainString()).expected(sum.toPlainString())
                        .actual(t.total().score().toPlainString()).formula(t.name() + "：Σ各项得分").report();
            }
        }
    }

    static void scoreWithinWeight(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            for (Indicator i : t.indicators()) {
                if (i.weight() != null && i.score() != null && i.score().compareTo(i.weight()) > 0) {
                    sink.finding().at(i.location()).param("indicator", i.name()).param("s", i.score())
                            .param("w", i.weight()).expected("≤" + i.weight()).actual(i.score()).report();
                }
            }
        }
    }

    /**
     * A heading weight "产出指标（40分）" against the 分值 of the rows under it. Not reported where the shortfall is the
     * whole of the table's PERF-WEIGHT-SUM gap: that finding owns the cause.
     */
    static void groupWeight(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            if (!t.complete() || t.total() == null) {
                continue;
            }
            List<EvaluationTable.GroupCheck> explained = t.groupChecksExplainingWeightSum();
            for (EvaluationTable.GroupCheck c : t.groupChecks()) {
                if (c.holds() || explained.contains(c)) {
                    continue;
                }
                EvaluationTable.GroupWeight g = c.heading();
                sink.finding().at(g.location()).param("group", g.group() + "指标").param("w", g.weight())
                        .param("S", c.sum().toPlainString()).expected(g.weight()).actual(c.sum().toPlainString())
                        .formula(t.name()).report();
            }
        }
    }

    static void totalRow(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            List<String> missing = new ArrayList<>();
            if (t.total() == null) {
                missing.add("总分行");
            }
            t.indicators().stream().filter(i -> !i.complete()).forEach(i -> missing.add(i.name() + "分值/得分"));
            if (!missing.isEmpty() && !t.indicators().isEmpty()) {
                sink.finding().at(t.funds() != null ? t.funds().location() : null)
                        .actual(String.join("、", missing)).formula(t.name()).report();
            }
        }
    }

    static boolean scoreHolds(BigDecimal stated, BigDecimal computed) {
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(0, stated.stripTrailingZeros().scale()));
        return stated.subtract(computed).abs().compareTo(tolerance) <= 0;
    }

    private static BigDecimal rate(FundsLine f) {
        return f.executed().multiply(HUNDRED).divide(f.fullYear(), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(EvaluationTable t, Function<Indicator, BigDecimal> field) {
        return t.indicators().stream().map(field).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
