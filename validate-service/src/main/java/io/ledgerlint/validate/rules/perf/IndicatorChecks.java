package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.contracts.events.Confidence;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.narrative.Sentence;
import io.ledgerlint.validate.rules.nar.NarrativeOf;
import io.ledgerlint.validate.rules.perf.EvaluationTable.Indicator;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PERF-MISS-FULL and PERF-ACTUAL-XREF: indicators that missed their target yet kept full marks. */
final class IndicatorChecks {

    private static final Pattern RATE_NAME = Pattern.compile("(满意率|满意度|办结率|完成率|接通率|采纳率)");

    private IndicatorChecks() {
    }

    static void missedWithFullMarks(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            for (Indicator i : t.indicators()) {
                if (i.weight() == null || i.score() == null || i.score().compareTo(i.weight()) != 0
                        || !(i.deviation().isEmpty() || i.deviation().equals("无"))) {
                    continue;
                }
                if (Targets.missed(i.target(), i.actual(), "成本".equals(i.group())).orElse(false)) {
                    sink.finding().at(i.location()).param("name", i.name()).param("target", i.target())
                            .param("actual", i.actual()).expected("得分<" + i.weight() + "或偏差说明")
                            .actual(i.score()).formula(t.name()).report();
                }
            }
        }
    }

    /** "完成目标" for a rate indicator whose target the report's own figure for that rate contradicts. */
    static void actualContradicted(ValidationContext context, FindingSink sink) {
        for (EvaluationTable t : Attachments.of(context).all()) {
            for (Indicator i : t.indicators()) {
                Matcher name = RATE_NAME.matcher(i.name());
                Optional<Targets.Value> target = Targets.parse(i.target().replace("以上", ""));
                if (!name.find() || target.isEmpty() || Targets.parse(i.actual()).isPresent() || i.actual().isEmpty()) {
                    continue;
                }
                String word = name.group(1).replace("满意度", "满意率");
                Pattern stated = Pattern.compile(word + "(?:为|达到|达)?(\\d+(?:\\.\\d+)?)%");
                for (Sentence s : NarrativeOf.document(context).sentences()) {
                    Matcher m = stated.matcher(s.text());
                    if (m.find() && new BigDecimal(m.group(1)).compareTo(target.get().number()) < 0) {
                        sink.finding().confidence(Confidence.LOW).at(i.location()).at(s.location())
                                .param("name", i.name()).param("x", m.group(1) + "%")
                                .expected(i.target()).actual(m.group(1) + "%").formula(t.name()).report();
                        break;
                    }
                }
            }
        }
    }
}
