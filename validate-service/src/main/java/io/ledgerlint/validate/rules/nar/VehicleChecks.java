package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.narrative.Vehicles;
import java.math.BigDecimal;

/** NAR-VEHICLES: vehicle categories add up, the 三公 保有量 matches, 运行维护费 implies vehicles. */
final class VehicleChecks {

    private VehicleChecks() {
    }

    private static Phrase vehicles(BigDecimal count) {
        return Wording.count(count, "辆", "vehicle", "vehicles");
    }

    static void vehicles(ValidationContext context, FindingSink sink) {
        Vehicles v = NarrativeOf.document(context).vehicles();
        if (v.total() != null && v.categories().size() >= 2) {
            BigDecimal sum = v.categories().stream().map(Vehicles.Count::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(v.total()) != 0) {
                sink.finding().at(v.totalSentence().location())
                        .param("check", Phrase.of("车辆总数应等于各类车辆之和", "the total must equal the sum of the categories"))
                        .param("found", vehicles(v.total())).param("expected", vehicles(sum))
                        .expected(sum).actual(v.total()).formula("Σ车辆分类").report();
            }
        }
        if (v.total() != null && v.fleet() != null && v.total().compareTo(v.fleet()) != 0) {
            sink.finding().severity(Severity.WARNING).at(v.fleetSentence().location()).at(v.totalSentence().location())
                    .param("check", Phrase.of("公务用车保有量应等于车辆总数", "the official fleet must equal the vehicle total"))
                    .param("found", vehicles(v.fleet())).param("expected", vehicles(v.total()))
                    .expected(v.total()).actual(v.fleet())
                    .formula("公务用车保有量 = 车辆总数").report();
        }
        BigDecimal count = v.fleet() != null ? v.fleet() : v.total();
        if (count != null && count.signum() == 0) {
            TableFigure.threePublic(context, 11).filter(f -> f.value().signum() > 0).ifPresent(f ->
                    sink.finding().severity(Severity.WARNING).at(f.location())
                            .at((v.fleetSentence() != null ? v.fleetSentence() : v.totalSentence()).location())
                            .param("check", Phrase.of(f.place().in(Language.ZH) + "为" + f.amount().in(Language.ZH)
                                            + "，应有公务用车",
                                    f.place().in(Language.EN) + " shows " + f.amount().in(Language.EN)
                                            + ", so there are official vehicles"))
                            .param("found", vehicles(BigDecimal.ZERO))
                            .param("expected", Phrase.of("至少1辆", "at least 1 vehicle"))
                            .expected(">0辆").actual("0辆").formula("公务用车运行维护费>0但车辆为0").report());
        }
    }
}
