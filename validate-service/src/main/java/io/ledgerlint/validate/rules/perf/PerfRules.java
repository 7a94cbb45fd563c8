package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.RuleProvider;
import io.ledgerlint.validate.rules.nar.CheckRule;
import java.util.List;

/** The PERF family (rules.md §6.6): 绩效自评报告, 自评表 and 基础数据表. */
public final class PerfRules implements RuleProvider {

    @Override
    public String family() {
        return "PERF";
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                new CheckRule("PERF-EXEC-RATE", ScoreTableRules::executionRate),
                new CheckRule("PERF-FUNDS-SCORE", ScoreTableRules::fundsScore),
                new CheckRule("PERF-FUNDS-COMPONENTS", ScoreTableRules::fundsComponents),
                new CheckRule("PERF-WEIGHT-SUM", ScoreTableRules::weightSum),
                new CheckRule("PERF-SCORE-SUM", ScoreTableRules::scoreSum),
                new CheckRule("PERF-SCORE-LE-WEIGHT", ScoreTableRules::scoreWithinWeight),
                new CheckRule("PERF-GROUP-WEIGHT", ScoreTableRules::groupWeight),
                new CheckRule("PERF-TOTAL-ROW", ScoreTableRules::totalRow),
                new CheckRule("PERF-MISS-FULL", IndicatorRules::missedWithFullMarks),
                new CheckRule("PERF-ACTUAL-XREF", IndicatorRules::actualContradicted),
                new CheckRule("PERF-NARR-SCORE", ReportRules::narrativeScore),
                new CheckRule("PERF-NARR-BUDGET", ReportRules::narrativeBudget),
                new CheckRule("PERF-BUDGET-XREF", ReportRules::budgetCrossCheck),
                new CheckRule("PERF-AMOUNT-XREF", ReportRules::amountCrossCheck),
                new CheckRule("PERF-GRADE", ReportRules::grade),
                new CheckRule("PERF-FUNDS-FLOW", ReportRules::fundsFlow),
                new CheckRule("PERF-PROJECT-TABLES", ReportRules::projectTables),
                new CheckRule("PERF-BASEDATA-RATE", BaseDataRules::controlRate),
                new CheckRule("PERF-BASEDATA-SUM", BaseDataRules::sums),
                new CheckRule("PERF-BASEDATA-XREF", BaseDataRules::crossCheck));
    }
}
