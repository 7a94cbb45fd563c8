package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.RuleProvider;
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
                new Rule("PERF-EXEC-RATE", ScoreTableChecks::executionRate),
                new Rule("PERF-FUNDS-SCORE", ScoreTableChecks::fundsScore),
                new Rule("PERF-FUNDS-COMPONENTS", ScoreTableChecks::fundsComponents),
                new Rule("PERF-WEIGHT-SUM", ScoreTableChecks::weightSum),
                new Rule("PERF-SCORE-SUM", ScoreTableChecks::scoreSum),
                new Rule("PERF-SCORE-LE-WEIGHT", ScoreTableChecks::scoreWithinWeight),
                new Rule("PERF-GROUP-WEIGHT", ScoreTableChecks::groupWeight),
                new Rule("PERF-TOTAL-ROW", ScoreTableChecks::totalRow),
                new Rule("PERF-MISS-FULL", IndicatorChecks::missedWithFullMarks),
                new Rule("PERF-ACTUAL-XREF", IndicatorChecks::actualContradicted),
                new Rule("PERF-NARR-SCORE", ReportChecks::narrativeScore),
                new Rule("PERF-NARR-BUDGET", ReportChecks::narrativeBudget),
                new Rule("PERF-BUDGET-XREF", ReportChecks::budgetCrossCheck),
                new Rule("PERF-AMOUNT-XREF", ReportChecks::amountCrossCheck),
                new Rule("PERF-GRADE", ReportChecks::grade),
                new Rule("PERF-FUNDS-FLOW", ReportChecks::fundsFlow),
                new Rule("PERF-PROJECT-TABLES", ReportChecks::projectTables),
                new Rule("PERF-BASEDATA-RATE", BaseDataChecks::controlRate),
                new Rule("PERF-BASEDATA-SUM", BaseDataChecks::sums),
                new Rule("PERF-BASEDATA-XREF", BaseDataChecks::crossCheck));
    }
}
