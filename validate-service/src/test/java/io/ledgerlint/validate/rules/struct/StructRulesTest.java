package io.ledgerlint.validate.rules.struct;

import static io.ledgerlint.validate.fixtures.DocumentBuilder.document;
import static io.ledgerlint.validate.rules.RuleHarness.findings;
import static io.ledgerlint.validate.rules.RuleHarness.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.validate.fixtures.DocumentBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** STRUCT rules on small tables: for each rule a table that passes and one that fails, with what the finding says. */
public class StructRulesTest {

    /** A T03 whose rows are written "code|name|c1|c2|c3|c4|c5|c6" (fewer fields: a row with missing cells). */
    private static TablesExtracted t03(String... rows) {
        DocumentBuilder.TableBuilder table = document().table("03")
                .header("项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
                .header("科目代码", "科目名称", "", "", "", "", "", "")
                .header("栏次", "", "1", "2", "3", "4", "5", "6");
        for (String row : rows) {
            table.row(row.split("\\|", -1));
        }
        return table.done().build();
    }

    /** {@link #t03} as read from a table printed without ruling lines. */
    private static TablesExtracted t03ReadFromTextAlignment(String... rows) {
        DocumentBuilder.TableBuilder table = document().table("03").readFromTextAlignment()
                .header("项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
                .header("栏次", "", "1", "2", "3", "4", "5", "6");
        for (String row : rows) {
            table.row(row.split("\\|", -1));
        }
        return table.done().build();
    }

    /** A T01 with the given 行次 down the 收入 side and the given 年末结转和结余 and 总计. */
    private static TablesExtracted t01(String[] lineNumbers, String carryOver, String grandTotal) {
        return document().table("01")
                .header("收入", "", "", "支出", "", "")
                .header("项目", "行次", "决算数", "项目", "行次", "决算数")
                .header("栏次", "", "1", "栏次", "", "2")
                .row("一、一般公共预算财政拨款收入", lineNumbers[0], grandTotal, "一、一般公共服务支出", "14", grandTotal)
                .row("本年收入合计", lineNumbers[1], grandTotal, "本年支出合计", "15", grandTotal)
                .row("年初结转和结余", lineNumbers[2], "", "年末结转和结余", "16", carryOver)
                .row("总计", lineNumbers[3], grandTotal, "总计", "17", grandTotal)
                .done().build();
    }

    /** A T06 block (经济分类科目编码 | 科目名称 | 决算数) with rows written "code|name|amount". */
    private static TablesExtracted t06(List<String> rows) {
        DocumentBuilder.TableBuilder table = document().table("06").header("经济分类科目编码", "科目名称", "决算数");
        rows.forEach(row -> table.row(row.split("\\|", -1)));
        return table.done().build();
    }

    /** Every 款 of the 2024 经济分类 under its 类, each with 1.00. */
    private static List<String> fullT06() {
        List<ClassificationCodes.Entry> items = ClassificationCodes.forYear(2024).orElseThrow().economicItems();
        return items.stream().flatMap(item -> Stream.of(item.code().substring(0, 3) + "|类|", item.code() + "|" + item.name()
                + "|1.00")).distinct().toList();
    }

    private static TablesExtracted longT01(List<String> classNames) {
        DocumentBuilder.TableBuilder table = document().table("01")
                .header("项目", "行次", "决算数", "项目", "行次", "决算数")
                .header("栏次", "", "1", "栏次", "", "2");
        for (int i = 0; i < classNames.size(); i++) {
            table.row("", String.valueOf(i + 1), "", classNames.get(i), String.valueOf(i + 31), "");
        }
        return table.row("本年收入合计", "27", "", "本年支出合计", "57", "").done().build();
    }

    private static final List<String> LONG_TEMPLATE = List.of("一般公共服务支出", "外交支出", "国防支出", "公共安全支出",
            "教育支出", "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出",
            "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出",
            "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "其他支出",
            "债务还本支出", "债务付息支出", "抗疫特别国债安排的支出");

    public static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("STRUCT-READ", t03("2010301|行政运行|10.00|10.00||||"),
                        t03ReadFromTextAlignment("2010301|行政运行|10.00|10.00||||"), "info",
                        "公开03表“支出决算表”未能可靠读取，未据此表核对金额"),
                Arguments.of("STRUCT-COLS", t03("2010301|行政运行|10.00|10.00||||"),
                        t03("2010301|行政运行|10.00|10.00"), "error", "公开03表的“2010301 行政运行”行数据单元不全：表中为2个，应为6个"),
                Arguments.of("STRUCT-ROWNUM", t01(new String[] {"1", "2", "3", "4"}, "", "100.00"),
                        t01(new String[] {"1", "2", "2", "4"}, "", "100.00"), "info", "行次2重复"),
                Arguments.of("STRUCT-CODE-FORMAT", t06(List.of("301|工资福利支出|1.00", "30101|基本工资|1.00")),
                        t06(List.of("301|工资福利支出|1.00", "3010|基本工资|1.00")), "warning", "公开06表“3010”行的科目编码“3010”格式或层级不正确"),
                Arguments.of("STRUCT-CODE-FORMAT", t06(List.of("301|工资福利支出|1.00", "30101|基本工资|1.00")),
                        t06(List.of("301|工资福利支出|1.00", "30201|办公费|1.00")), "warning", "公开06表“30201 办公费”行的科目编码“30201”格式或层级不正确"),
                Arguments.of("STRUCT-CODE-NAME",
                        t03("2080505|机关事业单位基本 养老保险缴费支出|1.00|1.00||||",
                                "2013199|其他党委办公厅(室)及相关机构事务支出|1.00|1.00||||",
                                "2999999|一个目录未收的科目|1.00|1.00||||"),
                        t03("2010301|一般行政管理事务|1.00|1.00||||"), "warning",
                        "公开03表“2010301”行的科目名称与编码不符：表中为“一般行政管理事务”，应为“行政运行”"),
                Arguments.of("STRUCT-CODE-NAME", t06(List.of("302|商品和服务支出|1.00", "30299|其他商品和服务支|1.00")),
                        t06(List.of("302|商品和服务支出|1.00", "30299|其他商品和服务费|1.00")), "warning",
                        "公开06表“30299”行的科目名称与编码不符：表中为“其他商品和服务费”，应为“其他商品和服务支出”"),
                Arguments.of("STRUCT-CODE-ORDER",
                        t03("2010301|行政运行|1.00|1.00||||", "2080505|机关事业单位基本养老保险缴费支出|1.00|1.00||||"),
                        t03("2080505|机关事业单位基本养老保险缴费支出|1.00|1.00||||", "2010301|行政运行|1.00|1.00||||"),
                        "info", "公开03表科目未按编码升序排列：“2010301 行政运行”行排在“2080505 机关事业单位基本养老保险缴费支出”行之后"),
                Arguments.of("STRUCT-PRECISION", t01(new String[] {"1", "2", "3", "4"}, "-5.00", "100.00"),
                        t03("2010301|行政运行|10.005|10.00||||"), "warning", "公开03表“2010301 行政运行”行第1栏“本年支出合计”数值异常：表中为“10.005”，应不超过2位小数"),
                Arguments.of("STRUCT-PRECISION", t03("2010301|行政运行|10.00|10.00||||"),
                        t03("2010301|行政运行|10.00|10.00|||-1.00|"), "warning", "第5栏“经营支出”数值异常：表中为“-1.00”，应不为负数"),
                Arguments.of("STRUCT-TEMPLATE-ROWS", t06(fullT06()),
                        t06(fullT06().stream().filter(row -> !row.startsWith("30215|")).toList()), "info",
                        "公开06表缺少模板规定的“30215 会议费”行"),
                Arguments.of("STRUCT-TEMPLATE-ROWS", longT01(LONG_TEMPLATE),
                        longT01(LONG_TEMPLATE.stream().filter(name -> !name.equals("教育支出")).toList()), "info",
                        "公开01表缺少模板规定的“205 教育支出”行"));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("cases")
    void passesTheGoodTableAndReportsTheBadOne(String ruleId, TablesExtracted passing, TablesExtracted failing,
                                               String severity, String message) {
        assertThat(findings(ruleId, passing)).isEmpty();
        assertThat(findings(ruleId, failing)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.message()).contains(message);
            assertThat(f.locations()).isNotEmpty();
        });
    }

    @Test
    void noRuleJudgesTheAmountsOfATableReadFromTextAlignment() {
        // 10.00 ≠ 7.00 + 2.00 and a missing cell: each would be an error on a ruled table
        TablesExtracted misread = t03ReadFromTextAlignment("2010301|行政运行|10.00|7.00|2.00|||",
                "2010302|一般行政管理事务|5.00");

        assertThat(findingsIn("03", misread)).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("STRUCT-READ"));
        assertThat(findingsIn("03", t03("2010301|行政运行|10.00|7.00|2.00||||", "2010302|一般行政管理事务|5.00")))
                .extracting(Finding::ruleId).contains("T03-ROW-SUM", "STRUCT-COLS");
    }

    @Test
    void aTableReadFromTextAlignmentWithoutDoubtsIsJudgedButItsGuessedColumnCountIsNot() {
        TablesExtracted document = document().table("03").readFromTextAlignment()
                .header("项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
                .header("栏次", "", "1", "2", "3", "4", "5", "6")
                .row("2010301", "行政运行", "10.00", "7.00", "2.00", "", "", "")
                .row("2010302", "一般行政管理事务", "5.00").done().build();
        TablesExtracted reliable = document().table("03").readFromTextAlignment(new String[0])
                .header("项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
                .header("栏次", "", "1", "2", "3", "4", "5", "6")
                .row("2010301", "行政运行", "10.00", "7.00", "2.00", "", "", "")
                .row("2010302", "一般行政管理事务", "5.00").done().build();

        assertThat(findingsIn("03", document)).extracting(Finding::ruleId).containsExactly("STRUCT-READ");
        assertThat(findingsIn("03", reliable)).extracting(Finding::ruleId).contains("T03-ROW-SUM")
                .doesNotContain("STRUCT-COLS", "STRUCT-READ");
    }

    @Test
    void aTableTheTextNamesButNoTableWasFoundForIsUnreadNotMissing() {
        TablesExtracted document = document().page(14, "公开09表\n财政拨款“三公”经费支出决算表\n（表格）").build();
        TablesExtracted absent = document().page(14, "其他内容").build();

        assertThat(findings("DOC-TABLES-PRESENT", document)).extracting(f -> f.locations().get(0).table())
                .doesNotContain("09");
        assertThat(findings("STRUCT-READ", document)).singleElement().satisfies(f -> {
            assertThat(f.locations().get(0).table()).isEqualTo("09");
            assertThat(f.locations().get(0).page()).isEqualTo(14);
        });
        assertThat(findings("DOC-TABLES-PRESENT", absent)).extracting(f -> f.locations().get(0).table())
                .contains("09");
        assertThat(findings("STRUCT-READ", absent)).isEmpty();
    }

    @Test
    void aCellAboveTheT01GrandTotalIsAnError() {
        TablesExtracted document = document().table("01")
                .header("项目", "行次", "决算数", "项目", "行次", "决算数")
                .header("栏次", "", "1", "栏次", "", "2")
                .row("总计", "1", "100.00", "总计", "2", "100.00").done()
                .table("03")
                .header("项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
                .header("栏次", "", "1", "2", "3", "4", "5", "6")
                .row("2010301", "行政运行", "1000.00", "1000.00", "", "", "", "").done().build();

        assertThat(findings("STRUCT-PRECISION", document)).hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo("error"))
                .extracting(Finding::expected).containsOnly("≤ 公开01表总计 100.00");
    }

    @Test
    void aShortTemplateListsOnlyTheClassesItUses() {
        assertThat(findings("STRUCT-TEMPLATE-ROWS", longT01(LONG_TEMPLATE.subList(0, 9)))).isEmpty();
    }
}
