package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.narrative.ChangeClaim;
import io.ledgerlint.validate.narrative.CompletionClaim;
import io.ledgerlint.validate.narrative.Narrative;
import io.ledgerlint.validate.narrative.Sentence;
import io.ledgerlint.validate.narrative.ShareClaim;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NAR-PCT-*: every printed percentage recomputed from the figures the same text gives, by the interval arithmetic of
 * rules.md §3.2.3. A percentage over a zero base is never an error (NAR-PCT-ZERO-BASE, info).
 */
final class PercentageChecks {

    private static final BigDecimal CHANGE_BASE_ERROR = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PercentageChecks() {
    }

    static void share(ValidationContext context, FindingSink sink) {
        for (ShareClaim s : NarrativeOf.document(context).shares()) {
            if (s.base() == null || s.base().signum() == 0) {
                continue;
            }
            Tolerances.Percentage check = percentage(s.percent(), s.part().value(), s.base(), Tolerances.HALF_CENT);
            if (check.defined() && !check.holds()) {
                sink.finding().at(s.sentence().location())
                        .param("base", Wording.quote(s.baseName().isEmpty() ? "合计" : s.baseName()))
                        .param("found", Wording.percent(s.percent()))
                        .param("expected", Wording.percent(exact(s.part().value(), s.base())))
                        .expected(exact(s.part().value(), s.base())).actual(s.percent())
                        .formula(Amounts.format(s.part().value()) + "/" + Amounts.format(s.base()) + "×100")
                        .report();
            }
        }
    }

    static void budget(ValidationContext context, FindingSink sink) {
        Narrative narrative = NarrativeOf.document(context);
        for (CompletionClaim c : narrative.completions()) {
            if (c.budget().signum() == 0) {
                continue;
            }
            Tolerances.Percentage check = percentage(c.percent(), c.actual(), c.budget(), Tolerances.HALF_CENT);
            if (!check.holds()) {
                reportBudget(sink, c.sentence(), c.basis().isEmpty() ? "" : c.basis(), c.percent(), c.actual(), c.budget());
            }
        }
        for (ChangeClaim c : narrative.changes()) {
            if (c.reference() != ChangeClaim.Reference.BUDGET || c.percent() == null || c.current() == null) {
                continue;
            }
            BigDecimal budget = c.current().subtract(c.signedDelta());
            if (budget.signum() > 0 && !percentage(c.percent(), c.delta(), budget, CHANGE_BASE_ERROR).holds()) {
                reportBudget(sink, c.sentence(), "年初", c.percent(), c.delta(), budget);
            }
        }
    }

    private static void reportBudget(FindingSink sink, Sentence sentence, String basis, BigDecimal stated,
                                     BigDecimal numerator, BigDecimal budget) {
        sink.finding().at(sentence.location())
                .param("budget", budgetNamed(basis)).param("found", Wording.percent(stated))
                .param("expected", Wording.percent(exact(numerator, budget)))
                .expected(exact(numerator, budget)).actual(stated)
                .formula(Amounts.format(numerator) + "/" + Amounts.format(budget) + "×100")
                .report();
    }

    /** "年初预算" / "the initial budget", "全年预算" / "the full-year budget", "预算" / "the budget". */
    private static Phrase budgetNamed(String basis) {
        return switch (basis) {
            case "年初" -> Phrase.of("年初预算", "the initial budget");
            case "全年" -> Phrase.of("全年预算", "the full-year budget");
            default -> basis.isEmpty() ? Phrase.of("预算", "the budget") : Phrase.of(basis + "预算", "the budget (\"" + basis + "\")");
        };
    }

    static void yearOnYear(ValidationContext context, FindingSink sink) {
        for (ChangeClaim c : NarrativeOf.document(context).changes()) {
            if (c.reference() != ChangeClaim.Reference.PRIOR_YEAR || c.percent() == null || c.current() == null) {
                continue;
            }
            BigDecimal prior = c.current().subtract(c.signedDelta());
            if (prior.signum() > 0 && !percentage(c.percent(), c.delta(), prior, CHANGE_BASE_ERROR).holds()) {
                sink.finding().at(c.sentence().location())
                        .param("change", change(c.signedDelta())).param("found", Wording.percent(c.percent()))
                        .param("expected", Wording.percent(exact(c.delta(), prior)))
                        .expected(exact(c.delta(), prior)).actual(c.percent())
                        .formula(Amounts.format(c.delta()) + "/(" + Amounts.format(c.current()) + "−("
                                + Amounts.format(c.signedDelta()) + "))×100")
                        .report();
            }
        }
    }

    /** "增加5.00万元" / "an increase of 5.00 (10k yuan)". */
    private static Phrase change(BigDecimal signed) {
        Phrase amount = Wording.amount(signed.abs());
        return signed.signum() < 0
                ? Phrase.of("减少" + amount.in(Language.ZH), "a decrease of " + amount.in(Language.EN))
                : Phrase.of("增加" + amount.in(Language.ZH), "an increase of " + amount.in(Language.EN));
    }

    static void zeroBase(ValidationContext context, FindingSink sink) {
        Narrative narrative = NarrativeOf.document(context);
        List<Sentence> sentences = new ArrayList<>();
        narrative.completions().stream().filter(c -> c.budget().signum() == 0).map(CompletionClaim::sentence)
                .forEach(sentences::add);
        narrative.shares().stream().filter(s -> s.base() != null && s.base().signum() == 0).map(ShareClaim::sentence)
                .forEach(sentences::add);
        sentences.stream().distinct().forEach(s -> sink.finding().at(s.location()).report());
    }

    /** Shares of one base in one section whose parts add up to the base must add up to 100%. */
    static void sumTo100(ValidationContext context, FindingSink sink) {
        Map<String, List<ShareClaim>> groups = new LinkedHashMap<>();
        for (ShareClaim s : NarrativeOf.document(context).shares()) {
            if (s.base() != null && s.base().signum() > 0) {
                groups.computeIfAbsent(s.sentence().section() + "|" + s.baseName() + "|" + s.base().toPlainString(),
                        k -> new ArrayList<>()).add(s);
            }
        }
        for (List<ShareClaim> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            BigDecimal base = group.get(0).base();
            List<BigDecimal> parts = group.stream().map(s -> s.part().value()).toList();
            if (!Tolerances.sum(base, parts).holds()) {
                continue;
            }
            BigDecimal total = group.stream().map(ShareClaim::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal tolerance = new BigDecimal("0.01").multiply(BigDecimal.valueOf(group.size() + 1L));
            if (total.subtract(HUNDRED).abs().compareTo(tolerance) > 0) {
                sink.finding().at(group.stream().map(s -> s.sentence().location()).distinct().toList())
                        .param("found", Wording.percent(total)).expected("100").actual(total.toPlainString())
                        .formula("Σ占比").report();
            }
        }
    }

    static Tolerances.Percentage percentage(BigDecimal stated, BigDecimal part, BigDecimal base, BigDecimal baseError) {
        return Tolerances.percentage(stated, Math.max(0, stated.scale()), part, Tolerances.HALF_CENT, base, baseError);
    }

    static String exact(BigDecimal part, BigDecimal base) {
        return part.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP).toPlainString();
    }
}
