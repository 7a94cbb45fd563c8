package io.ledgerlint.validate.rules;

import static io.ledgerlint.validate.fixtures.DocumentBuilder.document;
import static io.ledgerlint.validate.rules.RuleHarness.findings;
import static io.ledgerlint.validate.rules.RuleHarness.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single-table rules on small tables: one passing and one failing fixture each, plus the §8 traps. */
class TableRulesTest {

    private static TablesExtracted t01(String incomeTotal, String classA, String classB, String expenseTotal) {
        return document().table("01")
                .header("收入", "", "", "支出", "", "")
                .header("项 目", "行次", "决算数", "项 目", "行次", "决算数")
                .header("栏 次", "", "1", "栏 次", "", "2")
                .row("一、一般公共预算财政拨款收入", "1", "387.79", "一、一般公共服务支出", "14", classA)
                .row("二、事业收入", "2", "", "二、住房保障支出", "15", classB)
                .row("本年收入合计", "10", incomeTotal, "本年支出合计", "23", expenseTotal)
                .row("年初结转和结余", "12", "", "年末结转和结余", "25", "")
                .row("总计", "13", incomeTotal, "总计", "26", expenseTotal)
                .done().build();
    }

    @Test
    void t01SumsAcceptRoundingResidualsAndCatchRealErrors() {
        // 337.36 + 50.42 = 387.78 vs 387.79: a 0.01 residual with n = 2 is inside tol = 0.015 (rules.md §8.1)
        assertThat(findings("T01-SUM-EXPENSE", t01("387.79", "337.36", "50.42", "387.79"))).isEmpty();
        List<Finding> found = findings("T01-SUM-EXPENSE", t01("387.79", "337.36", "40.42", "387.79"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("error");
            assertThat(f.expected()).isEqualTo("377.78");
            assertThat(f.actual()).isEqualTo("387.79");
            assertThat(f.locations().get(0).table()).isEqualTo("01");
            assertThat(f.locations().get(0).row()).isEqualTo("本年支出合计");
            assertThat(f.message()).contains("387.79").contains("377.78");
        });
        assertThat(findings("T01-SUM-INCOME", t01("387.79", "337.36", "50.42", "387.79"))).isEmpty();
        assertThat(findings("T01-SUM-INCOME", t01("388.79", "337.36", "50.42", "388.79"))).hasSize(1);
    }

    @Test
    void t01BalanceComparesBothSidesOfTheTotal() {
        assertThat(findings("T01-BALANCE", t01("387.79", "337.36", "50.43", "387.79"))).isEmpty();
        assertThat(findings("T01-BALANCE", t01("387.79", "337.36", "50.43", "397.79")))
                .singleElement().extracting(Finding::severity).isEqualTo("error");
        assertThat(findings("T01-BALANCE", t01("387.79", "337.36", "50.43", "387.80")))
                .singleElement().extracting(Finding::severity).isEqualTo("info");
    }

    private static TablesExtracted t02(String... rows) {
        var table = document().table("02")
                .header("项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")
                .header("栏次", "", "1", "2", "3", "4", "5", "6", "7");
        for (String row : rows) {
            table.row(row.split("\\|", -1));
        }
        return table.done().build();
    }

    @Test
    void t02ColumnSumsUseLeavesOnlyInHierarchicalTables() {
        TablesExtracted hierarchical = t02("合计||300.00|300.00|||||", "201|一般公共服务支出|300.00|300.00|||||",
                "20103|政府办公厅（室）及相关机构事务|300.00|300.00|||||", "2010301|行政运行|200.00|200.00|||||",
                "2010302|一般行政管理事务|100.00|100.00|||||");
        assertThat(findings("T02-COL-SUM", hierarchical)).isEmpty();
        assertThat(findings("T02-HIER", hierarchical)).isEmpty();
        assertThat(findings("T02-ROW-SUM", hierarchical)).isEmpty();

        TablesExtracted brokenParent = t02("合计||300.00|300.00|||||", "201|一般公共服务支出|310.00|310.00|||||",
                "20103|政府办公厅（室）及相关机构事务|300.00|300.00|||||", "2010301|行政运行|200.00|200.00|||||",
                "2010302|一般行政管理事务|100.00|100.00|||||");
        assertThat(findings("T02-HIER", brokenParent)).extracting(f -> f.locations().get(0).row())
                .containsOnly("201 一般公共服务支出");
    }

    @Test
    void t02RowSumFlagsASourceThatDoesNotAddUp() {
        assertThat(findings("T02-ROW-SUM", t02("合计||300.00|250.00|50.00||||"))).isEmpty();
        assertThat(findings("T02-ROW-SUM", t02("合计||300.00|250.00|||||"))).hasSize(1);
    }

    @Test
    void t02SpacedAndFullWidthNumbersParse() {
        assertThat(findings("T02-ROW-SUM", t02("合计||5, 487. 18|５４８７．１８|||||"))).isEmpty();
    }

    private static TablesExtracted t06(String class301, String footerPersonnel, String footerPublic) {
        return document().table("06")
                .header("人员经费", "", "", "公用经费", "", "", "", "", "")
                .header("科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数")
                .row("301", "工资福利支出", class301, "302", "商品和服务支出", "33.30", "310", "资本性支出", "7.65")
                .row("30101", "基本工资", "100.04", "30201", "办公费", "33.30", "31002", "办公设备购置", "7.65")
                .row("30102", "津贴补贴", "77.51", "", "", "", "", "", "")
                // 003 layout: 公用经费合计 merged across the next group, its amount in the last column
                .row("人员经费合计", "", footerPersonnel, "公用经费合计", "", "", "", "", footerPublic)
                .done().build();
    }

    @Test
    void t06ClassesAndFootersAddUp() {
        TablesExtracted good = t06("177.55", "177.55", "40.95");
        assertThat(findings("T06-CLASS-SUM", good)).isEmpty();
        assertThat(findings("T06-PERSONNEL-TOTAL", good)).isEmpty();
        assertThat(findings("T06-PUBLIC-TOTAL", good)).isEmpty();

        // 177.5 vs 177.55 (n = 2, tol 0.015) and 40.9 vs 40.95: the 000 errors
        TablesExtracted truncated = t06("177.5", "177.5", "40.9");
        assertThat(findings("T06-CLASS-SUM", truncated)).singleElement().satisfies(f -> {
            assertThat(f.locations().get(0).row()).isEqualTo("301 工资福利支出");
            assertThat(f.expected()).isEqualTo("177.55");
        });
        assertThat(findings("T06-PUBLIC-TOTAL", truncated)).singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("40.90"));
    }

    private static TablesExtracted t07(String firstCell, String... notes) {
        var table = document().table("07")
                .header("项 目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余")
                .header("科目代码", "科目名称", "", "", "小计", "基本支出", "项目支出", "")
                .header("栏次", "", "1", "2", "3", "4", "5", "6")
                .row("合计", "", firstCell, "", "", "", "", "");
        for (String note : notes) {
            table.note(note);
        }
        return table.done().build();
    }

    @Test
    void emptyFundTableNeedsAnExplanation() {
        assertThat(findings("T07-EMPTY-NOTE", t07("无", "说明：我单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。")))
                .isEmpty();
        assertThat(findings("T07-EMPTY-NOTE", t07("", "注：本表反映政府性基金预算财政拨款收入、支出情况。")))
                .singleElement().extracting(Finding::severity).isEqualTo("warning");
        assertThat(findings("T07-BALANCE", t07("5.00"))).hasSize(1);
    }

    private static TablesExtracted t09(String... data) {
        return document().table("09")
                .header("预算数", "", "", "", "", "", "决算数", "", "", "", "", "")
                .header("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")
                .row(data)
                .done().build();
    }

    /**
     * A T01 printed without its 栏次 row and with an unheaded 行次 column beside amounts printed 0: the 行次 must not be
     * read as money (c1 would be 1, 2, 3 …), and the inferred c1/c2 must still be checked.
     */
    private static TablesExtracted t01WithRowNumbers(String incomeTotal) {
        return document().table("01")
                .header("收入", "", "", "支出", "", "")
                .header("项 目", "", "决算数", "项 目", "", "决算数")
                .row("一、一般公共预算财政拨款收入", "1", "387.79", "一、一般公共服务支出", "14", "337.36")
                .row("二、政府性基金预算财政拨款收入", "2", "0", "二、外交支出", "15", "0")
                .row("三、国有资本经营预算财政拨款收入", "3", "0", "三、国防支出", "16", "0")
                .row("四、上级补助收入", "4", "0", "四、住房保障支出", "17", "50.43")
                .row("本年收入合计", "5", incomeTotal, "本年支出合计", "18", "387.79")
                .row("年初结转和结余", "6", "0", "年末结转和结余", "19", "0")
                .row("总计", "7", incomeTotal, "总计", "20", "387.79")
                .done().build();
    }

    @Test
    void t01RowNumbersAreNoAmountsAndTheAmountsAreStillChecked() {
        assertThat(findingsIn("01", t01WithRowNumbers("387.79"))).isEmpty();
        assertThat(findings("T01-SUM-INCOME", t01WithRowNumbers("397.79"))).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("387.79");
            assertThat(f.actual()).isEqualTo("397.79");
        });
    }

    /** T05 with an unheaded 行次 column between the names and the amounts, no 栏次 row, empty amounts printed 0. */
    private static TablesExtracted t05WithRowNumbers(String projectSubtotal) {
        return document().table("05")
                .header("功能分类科目编码", "科目名称", "", "小计", "基本支出", "项目支出")
                .row("", "合计", "1", "387.79", "218.50", "169.29")
                .row("2010301", "行政运行", "2", "168.07", "168.07", "0")
                .row("2010302", "一般行政管理事务", "3", projectSubtotal, "0", "169.29")
                .row("2080505", "机关事业单位基本养老保险缴费支出", "4", "50.43", "50.43", "0")
                .done().build();
    }

    @Test
    void t05RowNumbersAreNoAmountsAndTheAmountsAreStillChecked() {
        assertThat(findingsIn("05", t05WithRowNumbers("169.29"))).isEmpty();
        assertThat(findings("T05-ROW-SUM", t05WithRowNumbers("196.29"))).singleElement()
                .satisfies(f -> assertThat(f.locations().get(0).row()).isEqualTo("2010302 一般行政管理事务"));
    }

    /** T09 printed without its 栏次 row: three header rows, then the data row. */
    private static TablesExtracted t09WithoutLanciRow(String... data) {
        return document().table("09")
                .header("预算数", "", "", "", "", "", "决算数", "", "", "", "", "")
                .header("合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费",
                        "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费")
                .header("", "", "小计", "公务用车购置费", "公务用车运行维护费", "",
                        "", "", "小计", "公务用车购置费", "公务用车运行维护费", "")
                .row(data)
                .done().build();
    }

    @Test
    void t09PrintedWithoutItsLanciRowIsStillChecked() {
        assertThat(findingsIn("09", t09WithoutLanciRow(
                "136.85", "49.98", "85.75", "", "85.75", "1.12", "136.85", "49.98", "85.75", "", "85.75", "1.12")))
                .isEmpty();
        assertThat(findings("T09-ACT-TOTAL", t09WithoutLanciRow(
                "136.85", "49.98", "85.75", "", "85.75", "1.12", "146.85", "49.98", "85.75", "", "85.75", "1.12")))
                .singleElement().satisfies(f -> {
                    assertThat(f.actual()).isEqualTo("146.85");
                    assertThat(f.expected()).isEqualTo("136.85");
                });
    }

    @Test
    void t09TotalsAndAShortRowIsNotReadAsZero() {
        assertThat(findings("T09-ACT-TOTAL",
                t09("136.85", "49.98", "85.75", "", "85.75", "1.12", "136.85", "49.98", "85.75", "", "85.75", "1.12")))
                .isEmpty();
        assertThat(findings("T09-ACT-TOTAL",
                t09("136.85", "49.98", "85.75", "", "85.75", "1.12", "146.85", "49.98", "85.75", "", "85.75", "1.12")))
                .hasSize(1);
        assertThat(findings("T09-BUD-SUBTOTAL",
                t09("136.85", "49.98", "85.75", "", "80.75", "1.12", "136.85", "49.98", "85.75", "", "85.75", "1.12")))
                .hasSize(1);
        // 11 cells: c12 absent, so the actual total cannot be checked (STRUCT-COLS' business)
        assertThat(findings("T09-ACT-TOTAL",
                t09("136.85", "49.98", "85.75", "", "85.75", "1.12", "136.85", "49.98", "85.75", "", "85.75")))
                .isEmpty();
    }
}
