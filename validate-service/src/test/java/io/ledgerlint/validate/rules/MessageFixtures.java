package io.ledgerlint.validate.rules;

import static io.ledgerlint.validate.fixtures.DocumentBuilder.document;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.validate.fixtures.DocumentBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failing documents for the table rules (T, XT) and the DOC rules that the rule tests' case lists leave out, so that
 * {@link RuleMessagesTest} reads the message of every rule with the values the rule puts in. Each document breaks
 * many identities at once; which findings it yields is the rule tests' business, not this class's.
 */
final class MessageFixtures {

    private MessageFixtures() {
    }

    static Map<String, TablesExtracted> all() {
        Map<String, TablesExtracted> fixtures = new LinkedHashMap<>();
        fixtures.put("nine inconsistent tables", inconsistentTables());
        fixtures.put("pure-fiscal tables that disagree row by row", pureFiscalTables());
        fixtures.put("empty tables without a note", emptyTables());
        return fixtures;
    }

    /** Rows written "cell|cell|…" as printed. */
    private static DocumentBuilder.TableBuilder rows(DocumentBuilder.TableBuilder table, String... rows) {
        for (String row : rows) {
            table.row(row.split("\\|", -1));
        }
        return table;
    }

    private static DocumentBuilder.TableBuilder t01(DocumentBuilder document) {
        return document.table("01")
                .header("收入", "", "", "支出", "", "")
                .header("项 目", "行次", "决算数", "项 目", "行次", "决算数")
                .header("栏 次", "", "1", "栏 次", "", "2");
    }

    private static DocumentBuilder.TableBuilder t02(DocumentBuilder document) {
        return document.table("02")
                .header("项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")
                .header("栏次", "", "1", "2", "3", "4", "5", "6", "7");
    }

    private static DocumentBuilder.TableBuilder t03(DocumentBuilder document) {
        return document.table("03")
                .header("项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
                .header("科目代码", "科目名称", "", "", "", "", "", "")
                .header("栏次", "", "1", "2", "3", "4", "5", "6");
    }

    private static DocumentBuilder.TableBuilder t04(DocumentBuilder document) {
        return document.table("04")
                .header("收入", "", "", "支出", "", "", "", "", "")
                .header("项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
                        "国有资本经营预算财政拨款")
                .header("栏次", "", "1", "栏次", "", "2", "3", "4", "5");
    }

    private static DocumentBuilder.TableBuilder t05(DocumentBuilder document) {
        return document.table("05")
                .header("项目", "", "本年支出", "", "")
                .header("科目代码", "科目名称", "小计", "基本支出", "项目支出")
                .header("栏次", "", "1", "2", "3");
    }

    /** Every table breaks its own identities and disagrees with the others; 公开08表 is printed in 元. */
    private static TablesExtracted inconsistentTables() {
        DocumentBuilder document = document();
        rows(t01(document),
                "一、一般公共预算财政拨款收入|1|100.00|一、一般公共服务支出|14|80.00",
                "二、政府性基金预算财政拨款收入|2|10.00|二、社会保障和就业支出|15|20.00",
                "三、国有资本经营预算财政拨款收入|3|0|||",
                "四、上级补助收入|4|5.00|||",
                "本年收入合计|10|120.00|本年支出合计|23|110.00",
                "使用非财政拨款结余|11|0|结余分配|24|0",
                "年初结转和结余|12|3.00|年末结转和结余|25|2.00",
                "总计|13|130.00|总计|26|115.00").done();
        rows(t02(document),
                "合计||130.00|100.00|||||",
                "201|一般公共服务支出|90.00|90.00|||||",
                "20103|政府办公厅（室）及相关机构事务|80.00|80.00|||||",
                "2010301|行政运行|50.00|50.00|||||",
                "2010302|一般行政管理事务|30.00|30.00|||||",
                "2080505|机关事业单位基本养老保险缴费支出|20.00|20.00|||||").done();
        rows(t03(document),
                "合计||96.00|70.00|25.00|||",
                "201|一般公共服务支出|70.00|50.00|30.00|||",
                "20103|政府办公厅（室）及相关机构事务|75.00|50.00|25.00|||",
                "2010301|行政运行|50.00|50.00||||",
                "2010302|一般行政管理事务|25.00||25.00|||",
                "2080505|机关事业单位基本养老保险缴费支出|20.00|20.00||||").done();
        rows(t04(document),
                "一、一般公共预算财政拨款|1|100.00|一、一般公共服务支出|30|90.00|80.00|5.00|",
                "二、政府性基金预算财政拨款|2|12.00|二、社会保障和就业支出|31|20.00|20.00||",
                "三、国有资本经营预算财政拨款|3|0||||||",
                "本年收入合计|6|115.00|本年支出合计|40|110.00|100.00|5.00|1.00",
                "年初财政拨款结转和结余|7|10.00|年末财政拨款结转和结余|41|4.00|2.00|1.00|1.00",
                "一般公共预算财政拨款|8|4.00||||||",
                "政府性基金预算财政拨款|9|3.00||||||",
                "国有资本经营预算财政拨款|10|0||||||",
                "总计|11|130.00|总计|42|118.00|102.00|6.00|2.00").done();
        rows(t05(document),
                "合计||96.00|70.00|30.00",
                "201|一般公共服务支出|80.00|50.00|30.00",
                "20103|政府办公厅（室）及相关机构事务|75.00|50.00|25.00",
                "2010301|行政运行|50.00|50.00|",
                "2010302|一般行政管理事务|25.00||25.00",
                "2080505|机关事业单位基本养老保险缴费支出|25.00|20.00|5.00").done();
        rows(document.table("06").header("科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数"),
                "301|工资福利支出|60.00|302|商品和服务支出|20.00",
                "30101|基本工资|50.00|30201|办公费|10.00",
                "30102|津贴补贴|5.00|30212|因公出国（境）费用|6.00",
                "310|资本性支出|4.00|30217|公务接待费|2.00",
                "31013|公务用车购置|4.00|30231|公务用车运行维护费|3.00",
                "人员经费合计||65.00|公用经费合计||24.00").done();
        rows(document.table("07")
                        .header("项 目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余")
                        .header("科目代码", "科目名称", "", "", "小计", "基本支出", "项目支出", "")
                        .header("栏次", "", "1", "2", "3", "4", "5", "6"),
                "合计||1.00|10.00|8.00|5.00|2.00|4.00",
                "2120801|征地和拆迁补偿支出|1.00|10.00|7.00|5.00|2.00|4.00").done();
        rows(document.table("08").unit("元")
                        .header("项目", "", "本年支出合计", "基本支出", "项目支出")
                        .header("科目代码", "科目名称", "", "", "")
                        .header("栏次", "", "1", "2", "3"),
                "合计||2.00|1.00|0.50",
                "2230199|其他国有资本经营预算支出|2.00|1.00|0.50").done();
        rows(document.table("09")
                        .header("预算数", "", "", "", "", "", "决算数", "", "", "", "", "")
                        .header("合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费",
                                "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费")
                        .header("", "", "小计", "公务用车购置费", "公务用车运行维护费", "",
                                "", "", "小计", "公务用车购置费", "公务用车运行维护费", "")
                        .header("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
                "10.00|2.00|3.00|1.00|1.00|1.00|12.00|5.00|5.00|3.00|1.00|1.00").done();
        return document.build();
    }

    /**
     * Income from 一般公共预算 only and no carry-over (rules.md §6.4's pure-fiscal condition), so the 功能分类 tables must
     * agree row by row; they do not, and each lists a code the other lacks.
     */
    private static TablesExtracted pureFiscalTables() {
        DocumentBuilder document = document();
        rows(t01(document),
                "一、一般公共预算财政拨款收入|1|100.00|一、一般公共服务支出|14|80.00",
                "|||二、社会保障和就业支出|15|20.00",
                "本年收入合计|10|100.00|本年支出合计|23|100.00",
                "年初结转和结余|12|0|年末结转和结余|25|0",
                "总计|13|100.00|总计|26|100.00").done();
        rows(t02(document),
                "合计||100.00|100.00|||||",
                "2010301|行政运行|80.00|80.00|||||",
                "2210201|住房公积金|20.00|20.00|||||").done();
        rows(t03(document),
                "合计||100.00|100.00||||",
                "2010301|行政运行|75.00|75.00||||",
                "2080505|机关事业单位基本养老保险缴费支出|25.00|25.00||||").done();
        rows(t04(document),
                "一、一般公共预算财政拨款|1|100.00|一、一般公共服务支出|30|75.00|75.00||",
                "|||二、社会保障和就业支出|31|25.00|25.00||",
                "本年收入合计|6|100.00|本年支出合计|40|100.00|100.00||").done();
        rows(t05(document),
                "合计||100.00|100.00|",
                "2010301|行政运行|70.00|70.00|",
                "2130101|行政运行|30.00|30.00|").done();
        return document.build();
    }

    /** 公开04表 shows 一般公共预算 spending, yet 公开05表 is empty; 公开07表 and 公开08表 are empty without a word why. */
    private static TablesExtracted emptyTables() {
        DocumentBuilder document = document();
        rows(t04(document),
                "一、一般公共预算财政拨款|1|100.00|一、一般公共服务支出|30|100.00|100.00||",
                "本年收入合计|6|100.00|本年支出合计|40|100.00|100.00||").done();
        rows(t05(document), "合计||||").done();
        rows(document.table("07")
                        .header("项 目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余")
                        .header("科目代码", "科目名称", "", "", "小计", "基本支出", "项目支出", "")
                        .header("栏次", "", "1", "2", "3", "4", "5", "6"),
                "合计|||||||").note("注：本表反映政府性基金预算财政拨款收入、支出情况。").done();
        rows(document.table("08")
                        .header("项目", "", "本年支出合计", "基本支出", "项目支出")
                        .header("栏次", "", "1", "2", "3"),
                "合计||||").done();
        return document.build();
    }
}
