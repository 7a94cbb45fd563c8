package io.ledgerlint.validate.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.TablesExtracted.Section;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeReadingTest {

    private static Narrative read(String heading, String text) {
        return Narrative.read(List.of(new Section(heading, 2, "第三部分 2024年度部门决算情况说明", 7, text)));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void normalisesFullWidthDigitsSpacesAndSeparators() {
        assertThat(NarrativeText.normalise("支出 5, 487. 18 万元（含）,占１００％"))
                .isEqualTo("支出5487.18万元（含），占100%");
        assertThat(NarrativeText.normalise("合计2,190.38万元")).isEqualTo("合计2190.38万元");
    }

    @Test
    void joinsWrappedLinesButKeepsHeadingsAndItemsApart() {
        List<String> lines = Paragraphs.logicalLines("（一）总体情况\n2024年度支出5万元，主要原\n因是节约。\n1、下一项");
        assertThat(lines).containsExactly("（一）总体情况", "2024年度支出5万元，主要原因是节约。", "1、下一项");
    }

    @Test
    void readsSharesAgainstTheParagraphTotalOrTheNamedBase() {
        Narrative n = read("三、支出决算情况说明",
                "2024年度支出合计387.79万元，其中：基本支出218.5万元，占56.34%；项目支出169.3万元，占43.66%。");
        assertThat(n.shares()).extracting(ShareClaim::percent).containsExactly(d("56.34"), d("43.66"));
        assertThat(n.shares()).allSatisfy(s -> assertThat(s.base()).isEqualByComparingTo("387.79"));

        Narrative six = read("六、一般公共预算财政拨款基本支出决算情况说明",
                "2024年度财政拨款基本支出218.5万元，其中：\n人员经费177.55万元，占基本支出的81.26%，主要包括基本工资。");
        assertThat(six.shares()).singleElement().satisfies(s -> {
            assertThat(s.part().value()).isEqualByComparingTo("177.55");
            assertThat(s.baseName()).isEqualTo("基本支出");
            assertThat(s.base()).isEqualByComparingTo("218.5");
        });
    }

    @Test
    void aShareWithoutItsOwnAmountIsNoShareClaim() {
        Narrative n = read("十二、关于政府采购支出说明", "授予小微企业合同金额30.52万元。货物采购授予中小企业合同金额占货物支出金额的31.78%。");
        assertThat(n.shares()).isEmpty();
    }

    @Test
    void readsCompletionRatesWithTheirBudgetAndActual() {
        Narrative n = read("五、一般公共预算财政拨款支出决算情况说明",
                "3、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。\n"
                        + "年初预算为15.47万元，支出决算为17.86万元，完成年初预算的102.39%，决算数大于年初预算数2.39万元的主要原\n因是：缴费微增加。");
        assertThat(n.completions()).singleElement().satisfies(c -> {
            assertThat(c.basis()).isEqualTo("年初");
            assertThat(c.budget()).isEqualByComparingTo("15.47");
            assertThat(c.actual()).isEqualByComparingTo("17.86");
            assertThat(c.percent()).isEqualByComparingTo("102.39");
        });
        assertThat(n.differences()).singleElement().satisfies(d -> {
            assertThat(d.direction()).isEqualTo(Direction.UP);
            assertThat(d.difference()).isEqualByComparingTo("2.39");
            assertThat(d.budget()).isEqualByComparingTo("15.47");
            assertThat(d.actual()).isEqualByComparingTo("17.86");
        });
        assertThat(n.budgetItems()).singleElement().satisfies(i -> {
            assertThat(i.categoryName()).isEqualTo("社会保障和就业支出");
            assertThat(i.groupName()).isEqualTo("行政事业单位养老支出");
            assertThat(i.itemName()).isEqualTo("机关事业单位基本养老保险缴费支出");
            assertThat(i.budget()).isEqualByComparingTo("15.47");
            assertThat(i.actual()).isEqualByComparingTo("17.86");
        });
    }

    @Test
    void readsOtherPhrasingsOfBudgetAndCompletion() {
        Narrative n = read("五、一般公共预算财政拨款支出决算情况说明",
                "（1）教育支出（类）普通教育（款）小学教育（项）：预算数为120.00万元，决算数为90.00万元，完成全年预算的75%，"
                        + "决算数小于预算数的主要原因是项目延后。");
        assertThat(n.completions()).singleElement().satisfies(c -> {
            assertThat(c.basis()).isEqualTo("全年");
            assertThat(c.budget()).isEqualByComparingTo("120");
            assertThat(c.actual()).isEqualByComparingTo("90");
        });
        assertThat(n.differences()).singleElement().satisfies(d -> {
            assertThat(d.direction()).isEqualTo(Direction.DOWN);
            assertThat(d.difference()).isNull();
        });
        assertThat(n.budgetItems()).singleElement().extracting(BudgetItem::itemName).isEqualTo("小学教育");
    }

    @Test
    void anItemHeadingWithoutItsLevelWordsStillNamesTheItem() {
        Narrative n = read("五、一般公共预算财政拨款支出决算情况说明",
                "1、一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行。\n年初预算为155.69万元，支出决算为168.07万元。");
        assertThat(n.budgetItems()).singleElement().satisfies(i -> {
            assertThat(i.groupName()).isEqualTo("政府办公厅（室）及相关机构事务");
            assertThat(i.itemName()).isEqualTo("行政运行");
            assertThat(i.actual()).isEqualByComparingTo("168.07");
        });
    }

    @Test
    void readsChangesAgainstLastYearWithTheFigureOfTheEarlierSentence() {
        Narrative n = read("一、收入支出决算总体情况说明", "2024年度收、支总计387.79万元。与上年相比，减少8.73万元，减少2.2%，主要是因为厉行节约。");
        assertThat(n.changes()).singleElement().satisfies(c -> {
            assertThat(c.reference()).isEqualTo(ChangeClaim.Reference.PRIOR_YEAR);
            assertThat(c.signedDelta()).isEqualByComparingTo("-8.73");
            assertThat(c.percent()).isEqualByComparingTo("2.2");
            assertThat(c.current()).isEqualByComparingTo("387.79");
        });
        Narrative other = read("七、三公", "因公出国（境）费支出决算为49.98万元，较2023年增加40.30万元，增长416.32%。");
        assertThat(other.changes()).singleElement().satisfies(c -> {
            assertThat(c.current()).isEqualByComparingTo("49.98");
            assertThat(c.percentWord()).isEqualTo(Direction.UP);
        });
        Narrative budget = read("十、关于机关运行经费支出说明", "本部门2024年度机关运行经费支出218.5万元，比年初预算数增加19.2万元，增长9.63%。");
        assertThat(budget.changes()).singleElement().extracting(ChangeClaim::reference)
                .isEqualTo(ChangeClaim.Reference.BUDGET);
    }

    @Test
    void leavesUnresolvedTemplateAlternativesAlone() {
        Narrative n = read("九、三公", "公务用车运行维护费支出决算为0万元，与上年相比减少（增加）0万元，减少（增长）0%。");
        assertThat(n.changes()).isEmpty();
    }

    @Test
    void readsDecompositionsIncludingSignedChanges() {
        Narrative n = read("四、财政拨款收入支出决算总体情况说明",
                "2024年度财政拨款收、支总计387.79万元，与上年相比，减少8.73万元，减少2.2%，其中：基本支出增加32.87万元，项目支出减少41.6万元。");
        assertThat(n.decompositions()).singleElement().satisfies(d -> {
            assertThat(d.total()).isEqualByComparingTo("-8.73");
            assertThat(d.sum()).isEqualByComparingTo("-8.73");
        });
        Narrative budget = read("二、一般公共预算支出情况", "2024年项目支出预算收入169.30万元，其中年初预算160万元，调整追加0万元，其他资金来源0万元。");
        assertThat(budget.decompositions()).singleElement().satisfies(d -> {
            assertThat(d.total()).isEqualByComparingTo("169.30");
            assertThat(d.sum()).isEqualByComparingTo("160");
        });
    }

    @Test
    void readsThreePublicItemsClauseByClause() {
        Narrative n = read("七、财政拨款“三公”经费支出决算情况说明",
                "2.公务用车购置费及运行维护费支出预算为83万元，支出决算为85.75万元，完成预算的103.31%。其中：\n"
                        + "公务用车购置费支出预算为0万元，支出决算为0万元，完成预算的100%。\n"
                        + "2024年度安排因公出国（境）团组6个，主要包括：参加培训班支出5.41万元。");
        assertThat(n.threePublic()).extracting(ThreePublicClaim::item, ThreePublicClaim::budget)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ThreePublicClaim.Item.VEHICLE, true),
                        org.assertj.core.groups.Tuple.tuple(ThreePublicClaim.Item.VEHICLE, false),
                        org.assertj.core.groups.Tuple.tuple(ThreePublicClaim.Item.VEHICLE_PURCHASE, true),
                        org.assertj.core.groups.Tuple.tuple(ThreePublicClaim.Item.VEHICLE_PURCHASE, false));
    }

    @Test
    void readsTheProcurementStatement() {
        Narrative n = read("十二、关于政府采购支出说明",
                "本部门2024年度政府采购支出总额30.52万元，其中：政府采购货物支出9.7万元、政府采购工程支出0万元、政府采购服务支出20.82万元。"
                        + "授予中小企业合同金额30.52万元，占政府采购支出总额的100%，其中：授予小微企业合同金额30.52万元，占授予中小企业合同金额的100%。"
                        + "货物采购授予中小企业合同金额占货物支出金额的31.78%，工程采购授予中小企业合同金额占工程支出金额的0%，"
                        + "服务采购授予中小企业合同金额占服务支出金额的68.22%。");
        Procurement p = n.procurement();
        assertThat(p.total()).isEqualByComparingTo("30.52");
        assertThat(p.categories()).containsEntry(Procurement.Category.GOODS, d("9.7"))
                .containsEntry(Procurement.Category.SERVICES, d("20.82"));
        assertThat(p.sme()).isEqualByComparingTo("30.52");
        assertThat(p.smeShare()).isEqualByComparingTo("100");
        assertThat(p.small()).isEqualByComparingTo("30.52");
        assertThat(p.categoryShares().get(Procurement.Category.GOODS).percent()).isEqualByComparingTo("31.78");
    }

    @Test
    void readsVehicleCounts() {
        Narrative n = Narrative.read(List.of(
                new Section("七、三公", 2, "第三部分", 9, "截止2024年12月31日，我单位开支财政拨款的公务用车保有量为19辆。"),
                new Section("十二、关于国有资产占用情况说明", 2, "第三部分", 10,
                        "截至2024年12月31日，部门（单位）共有车辆19辆，其中，主要负责人用车1辆、机要通信用车15辆、应急保障用车1辆、离退休干部服务用车2辆；单位价值100万元以上设备（不含车辆）0台（套）。")));
        assertThat(n.vehicles().total()).isEqualByComparingTo("19");
        assertThat(n.vehicles().fleet()).isEqualByComparingTo("19");
        assertThat(n.vehicles().categories()).extracting(Vehicles.Count::value).containsExactly(d("1"), d("15"), d("1"), d("2"));
    }

    @Test
    void readsMeetingCostsItemisedAfterTheTotal() {
        Narrative n = read("十、一般性支出情况说明",
                "2024年本部门开支会议费2.22万元，用于召开动员会议，经费支出为会议场租费0.3万元、会务用餐费0.17万元；用于召开座谈会，"
                        + "经费支出为会议场租费1.4万元。开支培训费22.7万元，经费支出22.41万元；经费支出为0.29万元。");
        assertThat(n.meetingTraining()).hasSize(2);
        assertThat(n.meetingTraining().get(0).kind()).isEqualTo(MeetingTraining.Kind.MEETING);
        assertThat(n.meetingTraining().get(0).items()).containsExactly(d("0.3"), d("0.17"), d("1.4"));
        assertThat(n.meetingTraining().get(1).items()).containsExactly(d("22.41"), d("0.29"));
    }

    @Test
    void readsScoresOfTheWholeAndOfProjects() {
        Narrative n = Narrative.read(List.of(new Section("六、资金使用及绩效情况", 2, "第五部分 附件", 30,
                "（一）整体支出绩效情况\n根据《部门整体支出绩效自评表》自评得分 98.3 分，部门预算整体支出绩效为“优”。\n"
                        + "（二）项目支出绩效情况\n（1）政府雇员经费项目\n项目支出 112.11 万元，绩效自评分为 99.5 分，为优等。")));
        assertThat(n.scores()).hasSize(2);
        assertThat(n.scores().get(0).overall()).isTrue();
        assertThat(n.scores().get(0).grade()).isEqualTo("优");
        assertThat(n.scores().get(1).project()).isEqualTo("政府雇员经费");
        assertThat(n.scores().get(1).score()).isEqualByComparingTo("99.5");
        assertThat(Narrative.inSelfEvaluationReport(n.sentences().get(0))).isTrue();
    }

    @Test
    void readsFundsFlowAndLowExecutionClaims() {
        Narrative n = Narrative.read(List.of(new Section("六、资金使用及绩效情况", 2, "第五部分 附件", 30,
                "1. 年初预算项目金额 160 万元，上年结余结转 0 万元，年中执行调增 0 万元，实际支出 169.3 万元，结余结转 0 万元。\n"
                        + "企业数据库建设专项经费项目预算执行率偏低，主要原因是建设中。")));
        assertThat(n.fundsFlows()).singleElement().extracting(FundsFlow::imbalance)
                .satisfies(v -> assertThat(v).isEqualByComparingTo("-9.3"));
        assertThat(n.lowExecution()).singleElement().extracting(LowExecutionClaim::project)
                .isEqualTo("企业数据库建设专项经费");
    }
}
