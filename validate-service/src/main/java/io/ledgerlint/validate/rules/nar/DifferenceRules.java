package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.narrative.ChangeClaim;
import io.ledgerlint.validate.narrative.DifferenceClaim;
import java.math.BigDecimal;

/** NAR-DIFF and NAR-DIRECTION: "决算数大于(小于)年初预算数X万元" against the budget and actual the text states. */
final class DifferenceRules {

    private DifferenceRules() {
    }

    static void difference(ValidationContext context, FindingSink sink) {
        for (DifferenceClaim d : NarrativeOf.document(context).differences()) {
            if (d.difference() == null || d.budget() == null || d.actual() == null) {
                continue;
            }
            BigDecimal expected = d.actual().subtract(d.budget()).abs();
            if (!Tolerances.differenceHolds(d.difference(), d.actual().max(d.budget()), d.actual().min(d.budget()))) {
                sink.finding().at(d.sentence().location()).param("q", Amounts.format(expected))
                        .expected(Amounts.format(expected)).actual(Amounts.format(d.difference()))
                        .formula("|" + Amounts.format(d.actual()) + "−" + Amounts.format(d.budget()) + "|")
                        .report();
            }
        }
    }

    static void direction(ValidationContext context, FindingSink sink) {
        for (DifferenceClaim d : NarrativeOf.document(context).differences()) {
            if (d.budget() == null || d.actual() == null) {
                continue;
            }
            int sign = d.actual().compareTo(d.budget());
            if (sign != d.direction().sign()) {
                sink.finding().at(d.sentence().location())
                        .param("a", Amounts.format(d.actual())).param("b", Amounts.format(d.budget()))
                        .param("op", sign > 0 ? "大于" : sign < 0 ? "小于" : "等于").param("word", d.word())
                        .expected(sign > 0 ? "大于" : sign < 0 ? "小于" : "等于").actual(d.word())
                        .report();
            }
        }
        for (ChangeClaim c : NarrativeOf.document(context).changes()) {
            if (c.percentWord() != null && c.percentWord() != c.amountWord() && c.delta().signum() != 0) {
                sink.finding().at(c.sentence().location())
                        .param("a", Amounts.format(c.delta())).param("b", c.percent()).param("op", c.amountWord())
                        .param("word", c.percentWord())
                        .expected(c.amountWord()).actual(c.percentWord())
                        .report();
            }
        }
    }
}
