package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.narrative.Procurement;
import io.ledgerlint.validate.narrative.Procurement.Category;
import io.ledgerlint.validate.narrative.Procurement.CategoryShare;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** NAR-PROC-SUM and NAR-PROC-SME-CATEGORY: the 政府采购 statement is consistent in itself. */
final class ProcurementRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProcurementRules() {
    }

    static void sum(ValidationContext context, FindingSink sink) {
        Procurement p = NarrativeOf.document(context).procurement();
        if (p == null || p.total() == null) {
            return;
        }
        var where = p.sentences().get(0).location();
        if (p.categories().size() == Category.values().length) {
            Tolerances.SumCheck check = Tolerances.sum(p.total(), List.copyOf(p.categories().values()));
            if (!check.holds()) {
                report(sink, where, "货物+工程+服务", check.sum(), p.total());
            }
        }
        if (p.sme() != null && p.sme().compareTo(p.total().add(Tolerances.HALF_CENT)) > 0) {
            report(sink, where, "授予中小企业合同金额≤总额", p.total(), p.sme());
        }
        if (p.sme() != null && p.small() != null && p.small().compareTo(p.sme().add(Tolerances.HALF_CENT)) > 0) {
            report(sink, where, "授予小微企业合同金额≤中小企业", p.sme(), p.small());
        }
        share(sink, where, "中小企业占比", p.smeShare(), p.sme(), p.total());
        share(sink, where, "小微企业占比", p.smallShare(), p.small(), p.sme());
    }

    private static void share(FindingSink sink, io.ledgerlint.contracts.events.FindingsProduced.Location where,
                              String what, BigDecimal stated, BigDecimal part, BigDecimal base) {
        if (stated == null || part == null || base == null || base.signum() == 0) {
            return;
        }
        if (!PercentageRules.percentage(stated, part, base, Tolerances.HALF_CENT).holds()) {
            sink.finding().at(where).param("S", stated + "%").param("T", PercentageRules.exact(part, base) + "%")
                    .expected(PercentageRules.exact(part, base)).actual(stated).formula(what).report();
        }
    }

    private static void report(FindingSink sink, io.ledgerlint.contracts.events.FindingsProduced.Location where,
                               String formula, BigDecimal expected, BigDecimal actual) {
        sink.finding().at(where).param("S", Amounts.format(expected)).param("T", Amounts.format(actual))
                .expected(Amounts.format(expected)).actual(Amounts.format(actual)).formula(formula).report();
    }

    /** Σ share_c × amount_c = 授予中小企业合同金额 within 1% of the total. */
    static void smeByCategory(ValidationContext context, FindingSink sink) {
        Procurement p = NarrativeOf.document(context).procurement();
        if (p == null || p.sme() == null || p.total() == null || p.categoryShares().isEmpty()) {
            return;
        }
        BigDecimal implied = BigDecimal.ZERO;
        for (Map.Entry<Category, CategoryShare> e : p.categoryShares().entrySet()) {
            BigDecimal amount = p.categories().get(e.getKey());
            if (amount == null) {
                return;
            }
            implied = implied.add(amount.multiply(e.getValue().percent()).divide(HUNDRED, 4, RoundingMode.HALF_UP));
        }
        BigDecimal tolerance = p.total().multiply(new BigDecimal("0.01")).max(new BigDecimal("0.01"));
        if (implied.subtract(p.sme()).abs().compareTo(tolerance) > 0) {
            var finding = sink.finding();
            p.categoryShares().values().stream().map(s -> s.sentence().location()).distinct().forEach(finding::at);
            finding.param("S", Amounts.format(implied)).param("T", Amounts.format(p.sme()))
                    .expected(Amounts.format(p.sme())).actual(Amounts.format(implied))
                    .formula("Σ 分类中小企业占比 × 分类金额").report();
        }
    }
}
