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
                new Rule("NAR-AMOUNT", AmountChecks::amount),
                new Rule("NAR-PCT-SHARE", PercentageChecks::share),
                new Rule("NAR-PCT-BUDGET", PercentageChecks::budget),
                new Rule("NAR-PCT-YOY", PercentageChecks::yearOnYear),
                new Rule("NAR-DIFF", DifferenceChecks::difference),
                new Rule("NAR-DIRECTION", DifferenceChecks::direction),
                new Rule("NAR-PCT-SUM100", PercentageChecks::sumTo100),
                new Rule("NAR-SUM-ITEMS", SumChecks::sumItems),
                new Rule("NAR-PCT-ZERO-BASE", PercentageChecks::zeroBase),
                new Rule("NAR-ITEM-LABEL", AmountChecks::itemLabel),
                new Rule("NAR-ITEM-LEVEL", AmountChecks::itemLevel),
                new Rule("NAR-ITEM-COVERAGE", AmountChecks::itemCoverage),
                new Rule("NAR-STRUCT-CLASS", AmountChecks::structureByClass),
                new Rule("NAR-ORGOPEX-SCOPE", SpendingChecks::operatingCostScope),
                new Rule("NAR-MEET-TRAIN", SpendingChecks::meetingTraining),
                new Rule("NAR-PROC-SUM", ProcurementChecks::sum),
                new Rule("NAR-PROC-SME-CATEGORY", ProcurementChecks::smeByCategory),
                new Rule("NAR-VEHICLES", VehicleChecks::vehicles));
    }
}
