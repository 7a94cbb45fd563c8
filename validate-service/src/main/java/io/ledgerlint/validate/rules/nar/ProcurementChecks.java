package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.narrative.Procurement;
import io.ledgerlint.validate.narrative.Procurement.Category;
import io.ledgerlint.validate.narrative.Procurement.CategoryShare;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** NAR-PROC-SUM and NAR-PROC-SME-CATEGORY: the 政府采购 statement is consistent in itself. */
final class ProcurementChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProcurementChecks() {
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
                report(sink, where, "货物+工程+服务", check.sum(), p.total(), false,
                        Phrase.of("货物、工程、服务支出之和应等于采购总额", "goods, works and services must add up to the total"));
            }
        }
        if (p.sme() != null && p.sme().compareTo(p.total().add(Tolerances.HALF_CENT)) > 0) {
            report(sink, where, "授予中小企业合同金额≤总额", p.total(), p.sme(), true,
                    Phrase.of("授予中小企业合同金额不应超过采购总额", "the amount awarded to SMEs cannot exceed the total"));
        }
        if (p.sme() != null && p.small() != null && p.small().compareTo(p.sme().add(Tolerances.HALF_CENT)) > 0) {
            report(sink, where, "授予小微企业合同金额≤中小企业", p.sme(), p.small(), true,
                    Phrase.of("授予小微企业合同金额不应超过授予中小企业合同金额",
                            "the amount awarded to small and micro enterprises cannot exceed the amount awarded to SMEs"));
        }
        share(sink, where, "中小企业占比", p.smeShare(), p.sme(), p.total(),
                Phrase.of("中小企业占比应为授予中小企业合同金额占采购总额的比例",
                        "the SME share is the amount awarded to SMEs over the total"));
        share(sink, where, "小微企业占比", p.smallShare(), p.small(), p.sme(),
                Phrase.of("小微企业占比应为授予小微企业合同金额占授予中小企业合同金额的比例",
                        "the small and micro enterprise share is their award over the SME award"));
    }

    private static void share(FindingSink sink, io.ledgerlint.contracts.events.FindingsProduced.Location where,
                              String what, BigDecimal stated, BigDecimal part, BigDecimal base, Phrase check) {
        if (stated == null || part == null || base == null || base.signum() == 0) {
            return;
        }
        if (!PercentageChecks.percentage(stated, part, base, Tolerances.HALF_CENT).holds()) {
            Phrase expected = Wording.percent(PercentageChecks.exact(part, base));
            sink.finding().at(where).param("check", check).param("found", Wording.percent(stated))
                    .param("bound", Phrase.of("应为" + expected.in(Language.ZH), "expected " + expected.in(Language.EN)))
                    .expected(PercentageChecks.exact(part, base)).actual(stated).formula(what).report();
        }
    }

    private static void report(FindingSink sink, io.ledgerlint.contracts.events.FindingsProduced.Location where,
                               String formula, BigDecimal expected, BigDecimal actual, boolean atMost, Phrase check) {
        Phrase bound = Wording.amount(expected);
        sink.finding().at(where).param("check", check).param("found", Wording.amount(actual))
                .param("bound", atMost
                        ? Phrase.of("应不超过" + bound.in(Language.ZH), "expected at most " + bound.in(Language.EN))
                        : Phrase.of("应为" + bound.in(Language.ZH), "expected " + bound.in(Language.EN)))
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
            finding.param("found", Wording.amount(implied)).param("expected", Wording.amount(p.sme()))
                    .expected(Amounts.format(p.sme())).actual(Amounts.format(implied))
                    .formula("Σ 分类中小企业占比 × 分类金额").report();
        }
    }
}
