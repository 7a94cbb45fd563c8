package io.ledgerlint.validate.rules;

import static io.ledgerlint.validate.fixtures.DocumentBuilder.document;
import static io.ledgerlint.validate.rules.RuleHarness.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.validate.fixtures.DocumentBuilder;
import org.junit.jupiter.api.Test;

/** Cross-table rules on small documents, including the 三公 trap of rules.md §8.3. */
class CrossTableRulesTest {

    private static DocumentBuilder t05(DocumentBuilder doc, String basic, String project) {
        return doc.table("05")
                .header("项目", "", "本年支出", "", "")
                .header("科目代码", "科目名称", "小计", "基本支出", "项目支出")
                .header("栏次", "", "1", "2", "3")
                .row("合计", "", "", basic, project)
                .done();
    }

    private static DocumentBuilder t06(DocumentBuilder doc, String abroad, String personnel, String publicTotal) {
        return doc.table("06")
                .header("科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数")
                .row("301", "工资福利支出", personnel, "302", "商品和服务支出", abroad)
                .row("", "", "", "30212", "因公出国（境）费用", abroad)
                .row("人员经费合计", "", personnel, "公用经费合计", "", publicTotal)
                .done();
    }

    private static DocumentBuilder t09(DocumentBuilder doc, String abroad) {
        return doc.table("09")
                .header("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")
                .row(abroad, abroad, "", "", "", "", abroad, abroad, "", "", "", "")
                .done();
    }

    @Test
    void basicSpendingOfT05EqualsPersonnelPlusPublicOfT06() {
        TablesExtracted good = t06(t05(document(), "218.50", "169.30"), "0", "177.55", "40.95").build();
        assertThat(findings("XT-T05-T06-BASIC", good)).isEmpty();
        TablesExtracted truncated = t06(t05(document(), "218.50", "169.30"), "0", "177.5", "40.9").build();
        assertThat(findings("XT-T05-T06-BASIC", truncated)).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("218.40");
            assertThat(f.actual()).isEqualTo("218.50");
            assertThat(f.locations()).extracting(l -> l.table()).contains("05", "06");
        });
    }

    @Test
    void threePublicAboveBasicSpendingIsNormalWithProjectSpending() {
        // 003: 30212 34.80 in T06, 49.98 in T09 — the gap is project spending
        TablesExtracted withProjects = t09(t06(t05(document(), "100", "763.33"), "34.80", "1", "34.80"), "49.98").build();
        assertThat(findings("XT-T06-T09-ABROAD", withProjects)).isEmpty();

        TablesExtracted basicAbove = t09(t06(t05(document(), "100", "763.33"), "60.00", "1", "60.00"), "49.98").build();
        assertThat(findings("XT-T06-T09-ABROAD", basicAbove)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo("error"));

        TablesExtracted noProjects = t09(t06(t05(document(), "100", ""), "34.80", "1", "34.80"), "49.98").build();
        assertThat(findings("XT-T06-T09-ABROAD", noProjects)).hasSize(1);
    }

    private static TablesExtracted t01AndT03(String classAmount, String... t03Rows) {
        var doc = document().table("01")
                .header("项目", "行次", "决算数", "项目", "行次", "决算数")
                .header("栏次", "", "1", "栏次", "", "2")
                .row("一、一般公共预算财政拨款收入", "1", "337.36", "一、一般公共服务支出", "14", classAmount)
                .row("本年收入合计", "10", "337.36", "本年支出合计", "23", classAmount)
                .done()
                .table("03")
                .header("项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
                .header("栏次", "", "1", "2", "3", "4", "5", "6");
        for (String row : t03Rows) {
            doc.row(row.split("\\|", -1));
        }
        return doc.done().build();
    }

    @Test
    void t03ClassesRollUpToT01Lines() {
        // 000: 168.07 + 169.30 = 337.37 vs 337.36 is rounding (n = 2)
        assertThat(findings("XT-T03-T01-CLASS", t01AndT03("337.36", "2010301|行政运行|168.07|168.07||||",
                "2010302|一般行政管理事务|169.30||169.30|||"))).isEmpty();
        assertThat(findings("XT-T03-T01-CLASS", t01AndT03("337.36", "2010301|行政运行|168.07|168.07||||",
                "2010302|一般行政管理事务|159.30||159.30|||"))).hasSize(1);
        // a 类 in T03 that T01 does not print at all
        assertThat(findings("XT-T03-T01-CLASS", t01AndT03("337.36", "2010301|行政运行|337.36|337.36||||",
                "2210201|住房公积金|14.93|14.93||||"))).extracting(f -> f.locations().get(0).row())
                .containsExactly("2210201 住房公积金");
    }
}
