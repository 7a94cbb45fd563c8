package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.narrative.ChangeClaim;
import io.ledgerlint.validate.narrative.DifferenceClaim;
import io.ledgerlint.validate.narrative.Direction;
import java.math.BigDecimal;

/** NAR-DIFF and NAR-DIRECTION: "决算数大于(小于)年初预算数X万元" against the budget and actual the text states. */
final class DifferenceChecks {

    private DifferenceChecks() {
    }

    static void difference(ValidationContext context, FindingSink sink) {
        for (DifferenceClaim d : NarrativeOf.document(context).differences()) {
            if (d.difference() == null || d.budget() == null || d.actual() == null) {
                continue;
            }
            BigDecimal expected = d.actual().subtract(d.budget()).abs();
            if (!Tolerances.differenceHolds(d.difference(), d.actual().max(d.budget()), d.actual().min(d.budget()))) {
                sink.finding().at(d.sentence().location()).param("found", Wording.amount(d.difference()))
                        .param("expected", Wording.amount(expected))
                        .expected(Amounts.format(expected)).actual(Amounts.format(d.difference()))
                        .formula("|" + Amounts.format(d.actual()) + "−" + Amounts.format(d.budget()) + "|")
                        .report();
            }
        }
    }

    private static String directionZh(Direction direction) {
        return switch (direction) {
            case UP -> "增加";
            case DOWN -> "减少";
            case SAME -> "持平";
        };
    }

    private static String directionEn(Direction direction) {
        return switch (direction) {
            case UP -> "an increase";
            case DOWN -> "a decrease";
            case SAME -> "no change";
        };
    }

    static void direction(ValidationContext context, FindingSink sink) {
        for (DifferenceClaim d : NarrativeOf.document(context).differences()) {
            if (d.budget() == null || d.actual() == null) {
                continue;
            }
            int sign = d.actual().compareTo(d.budget());
            if (sign != d.direction().sign()) {
                Phrase actual = Wording.amount(d.actual());
                Phrase budget = Wording.amount(d.budget());
                String zh = sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
                String en = sign > 0 ? "is above" : sign < 0 ? "is below" : "equals";
                sink.finding().at(d.sentence().location())
                        .param("facts", Phrase.of("决算数" + actual.in(Language.ZH) + zh + "预算数" + budget.in(Language.ZH),
                                "the actual " + actual.in(Language.EN) + " " + en + " the budget " + budget.in(Language.EN)))
                        .param("word", Wording.quote(d.word()))
                        .expected(sign > 0 ? "大于" : sign < 0 ? "小于" : "等于").actual(d.word())
                        .report();
            }
        }
        for (ChangeClaim c : NarrativeOf.document(context).changes()) {
            if (c.percentWord() != null && c.percentWord() != c.amountWord() && c.delta().signum() != 0) {
                Phrase delta = Wording.amount(c.delta());
                sink.finding().at(c.sentence().location())
                        .param("facts", Phrase.of("金额为" + directionZh(c.amountWord()) + delta.in(Language.ZH),
                                "the amount is " + directionEn(c.amountWord()) + " of " + delta.in(Language.EN)))
                        .param("word", Phrase.of("百分比" + directionZh(c.percentWord()) + c.percent() + "%",
                                "the percentage is " + directionEn(c.percentWord()) + " of " + c.percent() + "%"))
                        .expected(c.amountWord()).actual(c.percentWord())
                        .report();
            }
        }
    }
}
