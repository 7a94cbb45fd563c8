package io.ledgerlint.validate.rules.nar;

import static io.ledgerlint.validate.rules.nar.DocumentFixture.REPORT;
import static io.ledgerlint.validate.rules.nar.DocumentFixture.document;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The NAR rules that compare the narrative with T04/T05/T06: a consistent and a contradictory fixture for each. */
public class TableBackedNarRulesTest {

    private static final String SPENDING = "五、一般公共预算财政拨款支出决算情况说明";
    private static final String BASIC = "六、一般公共预算财政拨款基本支出决算情况说明";
    private static final String ITEM = "一般公共服务（类）政府办公厅（室）及相关机构事务（款）";

    /** T04's 支出 block: two 类 with 一般公共预算 spending (栏次 3). */
    private static DocumentFixture withT04(DocumentFixture document) {
        return document.table("04", "财政拨款收入支出决算总表",
                "收入|||支出|||||",
                "项目|行次|金额|项目|行次|合计|一般公共预算财政拨款|政府性基金预算财政拨款|国有资本经营预算财政拨款",
                "栏次||1|栏次||2|3|4|5",
                "---",
                "一、一般公共预算财政拨款|1|100.00|一、一般公共服务支出|4|80.00|80.00||",
                "|||二、社会保障和就业支出|5|20.00|20.00||",
                "本年收入合计|2|100.00|本年支出合计|6|100.00|100.00||");
    }

    /** T05 with 基本 80 and 项目 {@code projects}; T06 with 会议费 3 and 公用经费 20. */
    private static DocumentFixture withT05T06(DocumentFixture document, String projects) {
        String total = projects.isEmpty() ? "80.00" : "100.00";
        return document
                .table("05", "一般公共预算财政拨款支出决算表",
                        "功能分类科目编码|科目名称|小计|基本支出|项目支出",
                        "栏次||1|2|3",
                        "---",
                        "|合计|" + total + "|80.00|" + projects,
                        "2010301|行政运行|80.00|80.00|",
                        projects.isEmpty() ? "" : "2010302|一般行政管理事务|20.00||20.00")
                .table("06", "一般公共预算财政拨款基本支出决算明细表",
                        "经济分类科目编码|科目名称|决算数|经济分类科目编码|科目名称|决算数",
                        "---",
                        "301|工资福利支出|60.00|302|商品和服务支出|20.00",
                        "30101|基本工资|60.00|30215|会议费|3.00",
                        "||||30201|办公费|17.00",
                        "|人员经费合计|60.00||公用经费合计|20.00");
    }

    private static DocumentFixture report(String heading, String text) {
        return withT05T06(withT04(document()), "20.00").section(REPORT, heading, text);
    }

    private static String items(String firstItem, String secondItem) {
        return "（三）一般公共预算财政拨款支出决算具体情况\n"
                + "1." + ITEM + firstItem + "。年初预算为80万元，支出决算为80万元，完成年初预算的100%。\n"
                + secondItem;
    }

    private static final String SECOND_ITEM = "2." + ITEM + "一般行政管理事务（项）。年初预算为20万元，支出决算为20万元，完成年初预算的100%。";

    public static Stream<RuleCase> cases() {
        return Stream.of(
                new RuleCase("NAR-AMOUNT",
                        report(BASIC, "2024年度一般公共预算财政拨款基本支出80万元，其中：人员经费60万元，公用经费20万元。"),
                        report(BASIC, "2024年度一般公共预算财政拨款基本支出85万元，其中：人员经费60万元，公用经费20万元。"),
                        "error", "80.00", "85.00", "05"),
                new RuleCase("NAR-ITEM-LABEL",
                        report(SPENDING, items("行政运行（项）", SECOND_ITEM)),
                        report(SPENDING, items("机关行政运转（项）", SECOND_ITEM)),
                        "info", "行政运行", "机关行政运转", "05"),
                new RuleCase("NAR-ITEM-LEVEL",
                        report(SPENDING, items("行政运行（项）", SECOND_ITEM)),
                        report(SPENDING, items("", SECOND_ITEM)),
                        "info", null, "1." + ITEM + "。", SPENDING),
                new RuleCase("NAR-ITEM-COVERAGE",
                        report(SPENDING, items("行政运行（项）", SECOND_ITEM)),
                        report(SPENDING, items("行政运行（项）", "")),
                        "warning", "100.00", "80.00", "05"),
                new RuleCase("NAR-STRUCT-CLASS",
                        report(SPENDING, "（二）一般公共预算财政拨款支出决算结构情况\n"
                                + "一般公共服务（类）支出80万元，占80%；社会保障和就业（类）支出20万元，占20%。"),
                        report(SPENDING, "（二）一般公共预算财政拨款支出决算结构情况\n"
                                + "一般公共服务（类）支出80万元，占80%。"),
                        "info", null, "社会保障和就业支出", "04"),
                new RuleCase("NAR-ORGOPEX-SCOPE",
                        report("八、机关运行经费支出说明", "2024年度本部门机关运行经费支出20万元。"),
                        report("八、机关运行经费支出说明", "2024年度本部门机关运行经费支出25万元。"),
                        "warning", "≤20.00", "25.00", "06"),
                new RuleCase("NAR-MEET-TRAIN",
                        withT05T06(document(), "").section(REPORT, "十、一般性支出情况说明", "2024年度本部门开支会议费3万元。"),
                        withT05T06(document(), "").section(REPORT, "十、一般性支出情况说明", "2024年度本部门开支会议费2万元。"),
                        "error", "3.00", "2.00", "06"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passesTheConsistentFixtureAndFlagsTheContradiction(RuleCase rule) {
        rule.verify();
    }
}
