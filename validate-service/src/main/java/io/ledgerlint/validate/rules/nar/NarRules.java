package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.RuleProvider;
import java.util.List;

/** The NAR family (rules.md §6.5): the 第三部分 narrative against the tables and against itself. */
public final class NarRules implements RuleProvider {

    @Override
    public String family() {
        return "NAR";
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                new CheckRule("NAR-AMOUNT", AmountRules::amount),
                new CheckRule("NAR-PCT-SHARE", PercentageRules::share),
                new CheckRule("NAR-PCT-BUDGET", PercentageRules::budget),
                new CheckRule("NAR-PCT-YOY", PercentageRules::yearOnYear),
                new CheckRule("NAR-DIFF", DifferenceRules::difference),
                new CheckRule("NAR-DIRECTION", DifferenceRules::direction),
                new CheckRule("NAR-PCT-SUM100", PercentageRules::sumTo100),
                new CheckRule("NAR-SUM-ITEMS", SumRules::sumItems),
                new CheckRule("NAR-PCT-ZERO-BASE", PercentageRules::zeroBase),
                new CheckRule("NAR-ITEM-LABEL", AmountRules::itemLabel),
                new CheckRule("NAR-ITEM-LEVEL", AmountRules::itemLevel),
                new CheckRule("NAR-ITEM-COVERAGE", AmountRules::itemCoverage),
                new CheckRule("NAR-STRUCT-CLASS", AmountRules::structureByClass),
                new CheckRule("NAR-ORGOPEX-SCOPE", SpendingRules::operatingCostScope),
                new CheckRule("NAR-MEET-TRAIN", SpendingRules::meetingTraining),
                new CheckRule("NAR-PROC-SUM", ProcurementRules::sum),
                new CheckRule("NAR-PROC-SME-CATEGORY", ProcurementRules::smeByCategory),
                new CheckRule("NAR-VEHICLES", VehicleRules::vehicles));
    }
}
