package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.narrative.MeetingTraining;
import io.ledgerlint.validate.narrative.Statement;
import java.math.BigDecimal;
import java.util.Optional;

/** NAR-ORGOPEX-SCOPE and NAR-MEET-TRAIN: 机关运行经费, 会议费 and 培训费 against T06. */
final class SpendingChecks {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private SpendingChecks() {
    }

    /** 机关运行经费 buys goods and services (名词解释): it cannot exceed T06 公用经费合计. */
    static void operatingCostScope(ValidationContext context, FindingSink sink) {
        Optional<TableFigure> publicCosts = TableFigure.detail(context, "公用经费合计");
        if (publicCosts.isEmpty()) {
            return;
        }
        for (Statement s : NarrativeOf.document(context).statements()) {
            String label = s.amount().label();
            if (label.contains("机关运行经费") && !label.contains("预算") && !label.contains("上年")
                    && s.amount().value().compareTo(publicCosts.get().value().add(CENT)) > 0) {
                sink.finding().at(s.sentence().location()).at(publicCosts.get().location())
                        .param("found", Wording.amount(s.amount().value())).param("cell", publicCosts.get().place())
                        .param("expected", publicCosts.get().amount())
                        .expected("≤" + Amounts.format(publicCosts.get().value())).actual(Amounts.format(s.amount().value()))
                        .report();
            }
        }
    }

    /** 会议费 ≥ T06 30215 and 培训费 ≥ T06 30216 (project funds may add to them); equal without project spending. */
    static void meetingTraining(ValidationContext context, FindingSink sink) {
        boolean projects = TableFigure.cell(context, "05", "合计", 3).map(f -> f.value().signum() > 0).orElse(true);
        for (MeetingTraining m : NarrativeOf.document(context).meetingTraining()) {
            String code = m.kind() == MeetingTraining.Kind.MEETING ? "30215" : "30216";
            Optional<TableFigure> basic = TableFigure.detail(context, code);
            if (basic.isEmpty()) {
                continue;
            }
            BigDecimal table = basic.get().value();
            boolean tooSmall = m.total().compareTo(table.subtract(Tolerances.HALF_CENT.add(Tolerances.HALF_CENT))) < 0;
            boolean unequal = !projects && Tolerances.equality(m.total(), table) == Tolerances.Equality.DIFFERENT;
            if (tooSmall || unequal) {
                Phrase amount = basic.get().amount();
                sink.finding().at(m.sentence().location()).at(basic.get().location())
                        .param("kind", Wording.quote(m.kind() == MeetingTraining.Kind.MEETING ? "会议费" : "培训费"))
                        .param("cell", basic.get().place()).param("found", Wording.amount(m.total()))
                        .param("bound", unequal ? Phrase.of("应为" + amount.in(Language.ZH), "expected " + amount.in(Language.EN))
                                : Phrase.of("应不小于" + amount.in(Language.ZH), "expected at least " + amount.in(Language.EN)))
                        .expected(Amounts.format(table)).actual(Amounts.format(m.total()))
                        .report();
            }
        }
    }
}
