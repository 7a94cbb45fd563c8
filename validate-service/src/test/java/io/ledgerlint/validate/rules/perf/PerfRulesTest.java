package io.ledgerlint.validate.rules.perf;

import static io.ledgerlint.validate.rules.nar.DocumentFixture.SELF_EVALUATION;
import static io.ledgerlint.validate.rules.nar.DocumentFixture.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.rules.RuleHarness;
import io.ledgerlint.validate.rules.nar.DocumentFixture;
import io.ledgerlint.validate.rules.nar.RuleCase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every PERF rule: a consistent and a contradictory fixture built on one well-formed 整体支出绩效自评表. */
public class PerfRulesTest {

    private static final String OVERALL = "perf-overall";
    private static final String FUNDS = "|年度资金总额|100|100|100|10|100%|10";
    private static final String OUTPUT = "|产出指标（40分）|数量指标|服务企业数量|≥100家|120家|40|40|";
    private static final String BENEFIT = "|效益指标（30分）|社会效益指标|营商环境优化|提升|提升|30|30|";
    private static final String SATISFACTION = "|满意度指标（20分）|服务对象满意度指标|企业满意率|≥90%|95%|20|20|";
    private static final String TOTAL = "总分||||||100|100|";
    private static final String SHORT_OUTPUT = "|产出（40分）|数量|服务企业数量|≥100家|%s|40|40|";
    private static final String SHORT_BENEFIT = "|效益（30分）|社会效益|营商环境优化|提升|提升|30|30|";
    private static final String SHORT_SATISFACTION = "|满意度（20分）|服务对象满意度|企业满意率|≥90%|95%|20|20|";
    private static final String PROCUREMENT = "十一、关于政府采购支出说明";
    private static final String PURCHASES = "本部门2024年度政府采购支出总额%s万元。";
    private static final String RESULTS = "九、部门整体支出绩效自评结果";
    private static final String SPENDING = "二、一般公共预算支出情况";
    private static final String USE = "六、资金使用及绩效情况";

    /** The 整体支出绩效自评表 with the given 资金 rows (one per line), indicator rows and 总分 row (null: none). */
    private static DocumentFixture overall(String funds, String total, String... indicators) {
        List<String> rows = new ArrayList<>(List.of(
                "年度预算申请（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分|"));
        rows.addAll(List.of(funds.split("\n")));
        rows.addAll(List.of(
                "绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施"));
        rows.addAll(List.of(indicators));
        if (total != null) {
            rows.add(total);
        }
        return document().table(OVERALL, "2024年度部门（单位）整体支出绩效自评表", rows.toArray(String[]::new));
    }

    private static DocumentFixture overall() {
        return overall(FUNDS, TOTAL, OUTPUT, BENEFIT, SATISFACTION);
    }

    /** The 整体支出绩效自评表 with its funds block as given (header row included) and the well-formed indicators. */
    private static DocumentFixture overallWithFundsBlock(String... fundsBlock) {
        List<String> rows = new ArrayList<>(List.of(fundsBlock));
        rows.addAll(List.of("绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
                OUTPUT, BENEFIT, SATISFACTION, TOTAL));
        return document().table(OVERALL, "2024年度部门（单位）整体支出绩效自评表", rows.toArray(String[]::new));
    }

    private static DocumentFixture overall(String funds) {
        return overall(funds, TOTAL, OUTPUT, BENEFIT, SATISFACTION);
    }

    private static DocumentFixture report(DocumentFixture document, String heading, String text) {
        return document.section(SELF_EVALUATION, heading, text);
    }

    private static DocumentFixture withFundSources(String carriedOver) {
        return overall(FUNDS + "\n|其中：当年财政拨款|80|80|80||||\n|上年结转资金|" + carriedOver + "|20|20||||");
    }

    private static DocumentFixture withProject(DocumentFixture document) {
        return document.table("perf-project-1", "2024年度项目支出绩效自评表",
                "项目支出名称|政府雇员经费|||||||",
                "项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分|", FUNDS,
                "绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
                OUTPUT, BENEFIT, SATISFACTION, "合计||||||100|100|");
    }

    /** The 基础数据表: head-counts and the 经费 rows of three year columns (政府采购金额 686.16 this year). */
    private static DocumentFixture withBaseData(DocumentFixture document, String controlRate, String threePublic,
                                                String projects) {
        return document.table("perf-basic-data", "2024年度部门整体支出绩效评价基础数据表",
                        "编制数|实际在职人数|控制率",
                        "10|9|" + controlRate,
                        "经费控制情况|2023年决算数|2024年预算数|2024年决算数",
                        "三公经费|" + threePublic + "|3|3",
                        "公务用车购置和维护经费|2|2|2",
                        "其中：公车购置|0|0|0",
                        "公车运行维护|2|2|2",
                        "出国经费|0|0|0",
                        "公务接待|1|1|1",
                        "项目支出|10|20|" + projects,
                        // no figure for the prior year: "——", which Noto Sans CJK's text layer gives as one "⸺"
                        "政府采购金额|⸺|994.06|686.16")
                .table("05", "一般公共预算财政拨款支出决算表",
                        "功能分类科目编码|科目名称|小计|基本支出|项目支出",
                        "栏次||1|2|3",
                        "---",
                        "|合计|100.00|80.00|20.00",
                        "2010301|行政运行|80.00|80.00|",
                        "2010302|一般行政管理事务|20.00||20.00");
    }

    public static Stream<RuleCase> cases() {
        return Stream.of(
                new RuleCase("PERF-EXEC-RATE", overall("|年度资金总额|100|100|95|10|95%|9.5"),
                        overall("|年度资金总额|100|100|95|10|90%|9.5"), "error", "95.00", "90", OVERALL),
                new RuleCase("PERF-FUNDS-SCORE", overall("|年度资金总额|100|100|80|10|80%|8"),
                        overall("|年度资金总额|100|100|80|10|80%|10"), "error", "8.00", "10", OVERALL),
                new RuleCase("PERF-FUNDS-COMPONENTS", withFundSources("20"), withFundSources("10"),
                        "error", "90", "100", OVERALL),
                new RuleCase("PERF-WEIGHT-SUM", overall(),
                        overall(FUNDS, "总分||||||100|105|", OUTPUT, BENEFIT,
                                "|满意度指标（25分）|服务对象满意度指标|企业满意率|≥90%|95%|25|25|"),
                        "error", "100", "105", OVERALL),
                new RuleCase("PERF-SCORE-SUM", overall(), overall(FUNDS, "总分||||||100|98|", OUTPUT, BENEFIT,
                        SATISFACTION), "error", "100", "98", OVERALL),
                new RuleCase("PERF-SCORE-LE-WEIGHT", overall(), overall(FUNDS, "总分||||||100|105|",
                        "|产出指标（40分）|数量指标|服务企业数量|≥100家|120家|40|45|", BENEFIT, SATISFACTION),
                        "error", "≤40", "45", OVERALL),
                new RuleCase("PERF-GROUP-WEIGHT", overall(), overall(FUNDS, TOTAL,
                        "|产出指标（50分）|数量指标|服务企业数量|≥100家|120家|40|40|", BENEFIT, SATISFACTION),
                        "warning", "50", "40", OVERALL),
                new RuleCase("PERF-TOTAL-ROW", overall(), overall(FUNDS, null, OUTPUT, BENEFIT, SATISFACTION),
                        "warning", null, "总分行", OVERALL),
                new RuleCase("PERF-MISS-FULL", overall(), overall(FUNDS, TOTAL,
                        "|产出指标（40分）|数量指标|服务企业数量|≥100家|80家|40|40|", BENEFIT, SATISFACTION),
                        "warning", "得分<40或偏差说明", "40", OVERALL),
                new RuleCase("PERF-ACTUAL-XREF",
                        report(overall(FUNDS, TOTAL, OUTPUT, BENEFIT,
                                "|满意度指标（20分）|服务对象满意度指标|企业满意率|≥95%|完成目标|20|20|"),
                                USE, "经调查，企业满意率为98%。"),
                        report(overall(FUNDS, TOTAL, OUTPUT, BENEFIT,
                                "|满意度指标（20分）|服务对象满意度指标|企业满意率|≥95%|完成目标|20|20|"),
                                USE, "经调查，企业满意率为90%。"),
                        "warning", "≥95%", "90%", USE),
                new RuleCase("PERF-NARR-SCORE", report(overall(), RESULTS, "部门整体支出绩效自评得分100分，评价等级为“优”。"),
                        report(overall(), RESULTS, "部门整体支出绩效自评得分95分，评价等级为“优”。"),
                        "error", "100", "95", RESULTS),
                new RuleCase("PERF-NARR-BUDGET",
                        report(overall(), USE, "部门整体支出全年预算数100万元，执行数100万元。"),
                        report(overall(), USE, "部门整体支出全年预算数120万元，执行数100万元。"),
                        "error", "100.00", "120.00", USE),
                new RuleCase("PERF-BUDGET-XREF",
                        report(report(overall(), SPENDING, "（一）基本支出情况\n2024年基本支出预算收入80万元，其中年初预算80万元，调整追加0万元。"),
                                SPENDING, "（二）项目支出情况\n2024年项目支出预算收入20万元，其中年初预算20万元，调整追加0万元。"),
                        report(report(overall(), SPENDING, "（一）基本支出情况\n2024年基本支出预算收入80万元，其中年初预算70万元，调整追加10万元。"),
                                SPENDING, "（二）项目支出情况\n2024年项目支出预算收入20万元，其中年初预算20万元，调整追加0万元。"),
                        "warning", null, "自评报告基本+项目年初预算90.00；自评表年初预算数100.00", SPENDING),
                new RuleCase("PERF-AMOUNT-XREF",
                        report(withBaseData(document(), "90%", "3", "20"), SPENDING, "2024年基本支出80万元。"),
                        report(withBaseData(document(), "90%", "3", "20"), SPENDING, "2024年基本支出85万元。"),
                        "warning", "80.00", "85.00", "05"),
                new RuleCase("PERF-GRADE", report(overall(), RESULTS, "部门整体支出绩效自评得分100分，评价等级为“优”。"),
                        report(overall(), RESULTS, "部门整体支出绩效自评得分100分，评价等级为“良”。"),
                        "error", "优", "良", RESULTS),
                new RuleCase("PERF-FUNDS-FLOW",
                        report(document(), USE, "年初预算项目金额20万元，上年结余结转0万元，年中执行调增5万元，实际支出25万元，结余结转0万元。"),
                        report(document(), USE, "年初预算项目金额20万元，上年结余结转0万元，年中执行调增5万元，实际支出20万元，结余结转0万元。"),
                        "warning", "0.00", "5.00", USE),
                new RuleCase("PERF-PROJECT-TABLES",
                        report(withProject(overall()), USE, "（1）政府雇员经费项目\n该项目全年执行率100%。"),
                        report(withProject(overall()), USE, "（1）政府雇员经费项目\n该项目全年执行率100%。\n（2）企业服务专项经费项目\n该项目全年执行率100%。"),
                        "info", null, "企业服务专项经费", USE),
                new RuleCase("PERF-BASEDATA-RATE", withBaseData(document(), "90%", "3", "20"),
                        withBaseData(document(), "95%", "3", "20"), "warning", "90.00", "95", "perf-basic-data"),
                new RuleCase("PERF-BASEDATA-SUM", withBaseData(document(), "90%", "3", "20"),
                        withBaseData(document(), "90%", "4", "20"), "warning", "3.00", "4.00", "perf-basic-data"),
                new RuleCase("PERF-BASEDATA-XREF", withBaseData(document(), "90%", "3", "20"),
                        withBaseData(document(), "90%", "3", "25"), "warning", "20.00", "25.00", "perf-basic-data"),
                // templates that print the unit in the funds cells ("95万元")
                new RuleCase("PERF-EXEC-RATE", overall("|年度资金总额|100万元|100万元|95万元|10|95%|9.5"),
                        overall("|年度资金总额|100万元|100万元|95万元|10|90%|9.5"), "error", "95.00", "90", OVERALL),
                // a doubled percent sign, and one set apart in a cell of its own
                new RuleCase("PERF-EXEC-RATE", overall("|年度资金总额|100|100|95|10|95%%|9.5"),
                        overall("|年度资金总额|100|100|95|10|90%%|9.5"), "error", "95.00", "90", OVERALL),
                new RuleCase("PERF-EXEC-RATE", overall("|年度资金总额|100|100|95|10|95|%|9.5"),
                        overall("|年度资金总额|100|100|95|10|90|%|9.5"), "error", "95.00", "90", OVERALL),
                // 二级指标 named without 指标 ("数量"), 一级 as "产出（40分）"
                new RuleCase("PERF-MISS-FULL", overall(FUNDS, TOTAL, SHORT_OUTPUT.formatted("120家"), SHORT_BENEFIT,
                        SHORT_SATISFACTION), overall(FUNDS, TOTAL, SHORT_OUTPUT.formatted("80家"), SHORT_BENEFIT,
                        SHORT_SATISFACTION), "warning", "得分<40或偏差说明", "40", OVERALL),
                new RuleCase("PERF-BASEDATA-XREF",
                        report(withBaseData(document(), "90%", "3", "20"), PROCUREMENT, PURCHASES.formatted("686.16")),
                        report(withBaseData(document(), "90%", "3", "20"), PROCUREMENT, PURCHASES.formatted("675.32")),
                        "warning", "675.32", "686.16", "perf-basic-data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passesTheConsistentFixtureAndFlagsTheContradiction(RuleCase rule) {
        rule.verify();
    }

    private static List<Finding> findings(String rule, DocumentFixture document) {
        return RuleHarness.findings(rule, document.build());
    }

    /** 满意度指标（10分） over rows of 5: the table's weights add up to 95, and that heading is the whole gap. */
    private static DocumentFixture rowsMissingUnderAHeading(String fundsWeight) {
        return overall("|年度资金总额|100|100|100|" + fundsWeight + "|100%|" + fundsWeight, TOTAL, OUTPUT, BENEFIT,
                "|满意度指标（20分）|服务对象满意度指标|企业满意率|≥90%|95%|15|15|");
    }

    @Test
    void aHeadingShortfallThatIsTheWholeWeightGapIsReportedOnceByTheWeightSum() {
        DocumentFixture table = rowsMissingUnderAHeading("10");

        assertThat(findings("PERF-GROUP-WEIGHT", table)).isEmpty();
        assertThat(findings("PERF-WEIGHT-SUM", table)).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("95");
            assertThat(f.locations()).extracting(Location::row).contains("总分100", "满意度指标（20分）服务对象满意度指标");
        });
    }

    @Test
    void aHeadingShortfallThatExplainsOnlyPartOfTheGapIsReportedByBothRules() {
        DocumentFixture table = rowsMissingUnderAHeading("5");

        assertThat(findings("PERF-WEIGHT-SUM", table)).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("90"));
        assertThat(findings("PERF-GROUP-WEIGHT", table)).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("15"));
    }

    @Test
    void aWeightPrintedWithAStrayUnitIsStillTheWeight() {
        DocumentFixture table = overall("|年度资金总额|100|100|100|10万元|100%|10");

        assertThat(findings("PERF-FUNDS-SCORE", table)).isEmpty();
        assertThat(findings("PERF-WEIGHT-SUM", table)).isEmpty();
    }

    @Test
    void aFundsLineLabelled合计UnderA年度资金总额HeadingIsTheTotal() {
        String header = "年度资金总额（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分|";
        DocumentFixture headed = overallWithFundsBlock(header, "|当年财政拨款|100|100|95||||",
                "|上年结转资金|0|0|0||||", "|合计|100|100|95|10|90%|9.5");
        DocumentFixture mergedLeft = overallWithFundsBlock("项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分|",
                "年度资金总额|当年财政拨款|100|100|95||||", "|上年结转资金|0|0|0||||", "|合计|100|100|95|10|90%|9.5");

        for (DocumentFixture table : List.of(headed, mergedLeft)) {
            assertThat(findings("PERF-EXEC-RATE", table)).singleElement()
                    .satisfies(f -> assertThat(f.expected()).isEqualTo("95.00"));
            assertThat(findings("PERF-FUNDS-COMPONENTS", table)).isEmpty();
        }
    }

    @Test
    void aRateWithoutItsPercentSignIsReadByTheHeaderAndNotJudged() {
        DocumentFixture table = report(overall("|年度资金总额|100|100|95|10|90|8.5"), USE,
                "部门整体支出全年预算数100万元，执行数95万元。");

        assertThat(findings("PERF-EXEC-RATE", table)).isEmpty();
        assertThat(findings("PERF-NARR-BUDGET", table)).isEmpty();
        assertThat(findings("PERF-FUNDS-SCORE", table)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("9.50"));
    }

    @Test
    void 成本RowsBelongToTheirHeadingByTemplate() {
        // older template: 成本指标 a 二级 of 产出指标（50分）, 服务对象满意度 a 二级 of 效益指标（40分）
        DocumentFixture older = overall(FUNDS, TOTAL,
                "|产出指标（50分）|数量指标|服务企业数量|≥100家|120家|40|40|",
                "||成本指标|单位服务成本|≤10万元|8万元|10|10|",
                "|效益指标（40分）|社会效益指标|营商环境优化|提升|提升|30|30|",
                "||服务对象满意度指标|企业满意率|≥90%|95%|10|10|");
        // newer template: 成本指标（10分） a 一级 of its own, with 经济成本 below it
        DocumentFixture newer = overall(FUNDS, TOTAL, OUTPUT,
                "|效益指标（20分）|社会效益指标|营商环境优化|提升|提升|20|20|", SATISFACTION,
                "|成本指标（10分）|经济成本指标|单位服务成本|≤10万元|8万元|10|10|");

        assertThat(findings("PERF-GROUP-WEIGHT", older)).isEmpty();
        assertThat(findings("PERF-GROUP-WEIGHT", newer)).isEmpty();
        assertThat(findings("PERF-GROUP-WEIGHT", overall(FUNDS, TOTAL,
                "|产出指标（50分）|数量指标|服务企业数量|≥100家|120家|40|40|",
                "||经济成本指标|单位服务成本|≤10万元|8万元|10|10|",
                "|效益指标（40分）|社会效益指标|营商环境优化|提升|提升|40|40|")))
                .as("经济成本 is a kind of the 一级 成本, never of 产出").singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("40"));
    }
}
