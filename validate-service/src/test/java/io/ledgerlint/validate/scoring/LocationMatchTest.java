package io.ledgerlint.validate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationMatchTest {

    private static final String PART_THREE = "第三部分 2024年度部门决算情况说明";
    private static final String ATTACHMENT = "第五部分 附 件 整体支出绩效自评报告";
    private static final String ITEMS = "五、一般公共预算财政拨款支出决算情况说明";
    private static final String FUNDS_USE = "六、资金使用及绩效情况(包含单位管理的公共专项)";

    private final LocationMatch match = new LocationMatch(document());

    @Test
    void readsTheTableAsPublicNumberPlainNumberOrTPrefixed() {
        Finding finding = finding(Location.cell("06", "301 工资福利支出", "决算数", 12, null));
        assertThat(match.score(expected("公开06表", null, "301 工资福利支出", null), finding)).isPositive();
        assertThat(match.score(expected("T06", null, "301", null), finding)).isPositive();
        assertThat(match.score(expected("06", null, "工资福利支出", null), finding)).isPositive();
        assertThat(match.score(expected("公开05表", null, "301 工资福利支出", null), finding)).isZero();
        assertThat(match.score(expected("公开01–09表 headers", null, null, null), finding)).isPositive();
    }

    @Test
    void aCodeDecidesOverTheLabel() {
        Finding finding = finding(Location.cell("05", "2010201 行政运行", "c1 小计", 10, null));
        assertThat(match.score(expected("公开05表", null, "2010301 行政运行", null), finding)).isZero();
        assertThat(match.score(expected("公开05表", null, "2010201 行政运行", null), finding)).isPositive();
    }

    @Test
    void aNumberedHeadingMatchesByNumeralWithinTheNamedPart() {
        Finding inPartThree = finding(Location.text(ITEMS, "年初预算为15.47万元，支出决算为17.86万元，完成年初预算的102.39%。", 9));
        String evidence = "年初预算为15.47万元，支出决算为17.86万元，完成年初预算的102.39%";
        assertThat(match.score(expected(null, "第三部分 五(三) item 3", null, evidence), inPartThree)).isPositive();
        assertThat(match.score(expected(null, "附件 自评报告 五", null, evidence), inPartThree)).isZero();
        assertThat(match.score(expected(null, "第三部分 六", null, evidence), inPartThree)).isZero();
        assertThat(match.score(expected(null, "一般公共预算财政拨款支出决算情况说明", null, evidence), inPartThree))
                .isPositive();
    }

    @Test
    void ourSectionFindsItsPartInTheDocumentWhateverItsBrackets() {
        Finding finding = finding(Location.text("六、资金使用及绩效情况（包含单位管理的公共专项）", "自评得分98.3分。", 30));
        assertThat(match.score(expected(null, "附件 自评报告 六(一) vs 整体支出绩效自评表 总分", null, "自评得分 98.3 分"),
                finding)).isPositive();
        assertThat(match.score(expected(null, "第三部分 六", null, "自评得分 98.3 分"), finding)).isZero();
    }

    @Test
    void aSentenceMustBeTheQuotedOneOrNameTheExpectedRow() {
        Finding finding = finding(Location.text(ITEMS, "年初预算为0.47万元，支出决算为0.63万元，完成年初预算的103.41%。", 9));
        assertThat(match.score(expected(null, "第三部分 五(三) item 3", "2080505 机关事业单位基本养老保险缴费支出",
                "年初预算为15.47万元，支出决算为17.86万元"), finding)).isZero();
        Finding namingTheRow = new Finding("NAR-AMOUNT", "error", "high", "说明中行政运行与2010301 行政运行不一致",
                List.of(Location.text(ITEMS, "1、一般公共服务支出（类）行政运行（项）。", 9)), null, null, null);
        assertThat(match.score(expected(null, "第三部分 五(三) item 1", "2010301 行政运行", "年初预算为3387.7万元"),
                namingTheRow)).isPositive();
    }

    @Test
    void aProjectTableIsNamedByItsProject() {
        Finding finding = finding(Location.cell("perf-project-2", "年度资金总额10", null, 40, null));
        assertThat(match.score(expected(null, "附件 项目支出绩效自评表 办公场地能耗费", "年度资金总额 / 当年财政拨款", null),
                finding)).isPositive();
        assertThat(match.score(expected(null, "附件 项目支出绩效自评表 政府雇员经费", "年度资金总额", null), finding))
                .isZero();
        assertThat(match.score(expected("perf-project-2", null, "年度资金总额 得分", null), finding)).isPositive();
    }

    @Test
    void theOverallTableIsNamedByItsTitle() {
        Finding finding = finding(Location.cell("perf-overall", "年度资金总额359.3", null, 31, null));
        assertThat(match.score(expected(null, "附件 2024年度部门（单位）整体支出绩效自评表", "年度资金总额", null), finding))
                .isPositive();
        assertThat(match.score(expected(null, "附件1 基础数据表 项目支出", null, null), finding)).isZero();
    }

    @Test
    void closerMatchesScoreHigher() {
        Finding quoted = finding(Location.text("七、财政拨款“三公”经费支出决算情况说明", "公务接待费支出预算为11万元。", 20),
                Location.cell("09", "", "c6 公务接待费", 15, null));
        Finding other = finding(Location.text("七、财政拨款“三公”经费支出决算情况说明", "因公出国（境）费支出预算为20万元。", 20),
                Location.cell("09", "", "c2 因公出国（境）费", 15, null));
        ExpectedFindings.Expected reception = expected("公开09表 栏6", "第三部分 七(二)3", null, "公务接待费支出预算为11万元");
        assertThat(match.score(reception, quoted)).isGreaterThan(match.score(reception, other));
    }

    private static ExpectedFindings.Expected expected(String table, String section, String row, String evidence) {
        return new ExpectedFindings.Expected("F", List.of("R"), "error", "high", table, section, row, evidence);
    }

    private static Finding finding(Location... locations) {
        return new Finding("R", "error", "high", "", List.of(locations), null, null, null);
    }

    private static TablesExtracted document() {
        List<Section> sections = List.of(new Section(PART_THREE, 1, null, 0, ""),
                new Section(ITEMS, 2, PART_THREE, 0, ""), new Section(ATTACHMENT, 1, null, 0, ""),
                new Section(FUNDS_USE, 2, ATTACHMENT, 0, ""));
        List<TablesExtracted.Table> tables = List.of(projectTable("perf-project-1", "政府雇员经费"),
                projectTable("perf-project-2", "办公场地能耗费"));
        return new TablesExtracted(TablesExtracted.SCHEMA_VERSION, "d", "s", "d.pdf", 40, null, tables, sections,
                List.of(), Instant.EPOCH);
    }

    private static TablesExtracted.Table projectTable(String id, String project) {
        return new TablesExtracted.Table(id, "2024年度项目支出绩效自评表", null, null, null, 30, 30,
                List.of(List.of(Cell.ofText("项目支出名称"), Cell.ofText(project), Cell.ofText(""))),
                List.of(List.of(Cell.ofText(""), Cell.ofText("年度资金总额"), Cell.ofText("10"))), List.of(), List.of(),
                null);
    }
}
