package io.ledgerlint.validate.rules.doc;

import static io.ledgerlint.validate.fixtures.DocumentBuilder.document;
import static io.ledgerlint.validate.rules.RuleHarness.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.PageText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOC-TOC-PRESENT, DOC-TOC-SECTIONS, DOC-BLANK-FIELD and DOC-HEADCOUNT on small documents: pass, fail, and the traps. */
public class DocRulesTest {

    private static final String NARRATIVE = "第三部分 2024年度部门决算情况说明";
    private static final String COVER = "2024年度\n测试单位\n部门决算公开";

    /** The document with these page texts, page 1 first, as parse-service sends them. */
    private static TablesExtracted withPages(TablesExtracted document, String... texts) {
        List<PageText> pages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            pages.add(new PageText(i + 1, texts[i]));
        }
        return new TablesExtracted(document.schemaVersion(), document.documentId(), document.sha256(),
                document.filename(), document.pageCount(), document.title(), document.tables(), document.sections(),
                pages, document.extractedAt());
    }

    private static String contents(String... narrativeEntries) {
        return "目 录\n第一部分 测试单位概况\n  一、部门职责\n第三部分 部门决算情况说明\n" + String.join("\n", narrativeEntries)
                + "\n- 2 -\n第四部分 名词解释";
    }

    private static TablesExtracted narrative(String... headings) {
        var builder = document();
        for (String heading : headings) {
            builder.section(NARRATIVE, heading, "");
        }
        return builder.build();
    }

    private static TablesExtracted text(String part, String body) {
        return document().section(part, "一、基本情况", body).build();
    }

    public static Stream<Arguments> cases() {
        TablesExtracted body = narrative("一、收入支出决算总体情况说明", "二、关于政府采购支出说明");
        return Stream.of(
                Arguments.of("DOC-TOC-PRESENT", withPages(body, COVER, contents("一、收入支出决算总体情况说明"), "正文"),
                        withPages(body, COVER, "第一部分 测试单位概况", "正文"), "warning", "未找到目录，无法核对章节完整性"),
                Arguments.of("DOC-TOC-PRESENT", withPages(body, COVER, contents("一、收入支出决算总体情况说明"), "正文"),
                        withPages(body, "部门决算公开", contents("一、收入支出决算总体情况说明"), "正文"), "warning", "未找到封面，无法核对章节完整性"),
                Arguments.of("DOC-TOC-SECTIONS",
                        withPages(body, COVER, contents("一、收入支出决算总体情况说明......3", "二、关于政府采购支出说明 9")),
                        withPages(body, COVER, contents("一、收入支出决算总体情况说明", "二、关于政府采购支出说明",
                                "三、关于国有资产占用情况说明")),
                        "warning", "目录所列“三、关于国有资产占用情况说明”在正文中未找到"),
                Arguments.of("DOC-BLANK-FIELD", text(NARRATIVE, "截至2024年12月31日，共有车辆19辆，单位价值100万元以上设备（不含车辆）0台（套）。"),
                        text(NARRATIVE, "共有车辆0辆，单位价值100万元以上设备（不含车辆）台（套）。"), "info",
                        "“单位价值100万元以上设备（不含车辆）台（套）”缺少数值"),
                Arguments.of("DOC-BLANK-FIELD", text(NARRATIVE, "开支会议费0万元，人数0人，为个人提供服务。"),
                        text(NARRATIVE, "开支会议费0万元，人数人。"), "info", "“人数人”缺少数值"),
                Arguments.of("DOC-HEADCOUNT",
                        document().section("第一部分 测试单位概况", "二、机构设置", "编制数 8 人，其中行政编制5人，在职人数 17 人。")
                                .section("第五部分 附件 整体支出绩效自评报告", "一、基本情况", "本部门编制人数8人，在职员工17人。")
                                .build(),
                        document().section("第一部分 测试单位概况", "二、机构设置", "编制数8人，在职人数17人。")
                                .section("第五部分 附件 整体支出绩效自评报告", "一、基本情况", "本部门编制人数9人，在职员工17人。")
                                .build(),
                        "info", "编制数前后不一致：第五部分为9人，应与第一部分的8人一致"));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("cases")
    void passesTheGoodDocumentAndReportsTheBadOne(String ruleId, TablesExtracted passing, TablesExtracted failing,
                                                  String severity, String message) {
        assertThat(findings(ruleId, passing)).isEmpty();
        assertThat(findings(ruleId, failing)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.message()).isEqualTo(message);
            assertThat(f.locations()).isNotEmpty();
        });
    }

    @Test
    void withoutTheOpeningPagesTheContentsAreNotJudged() {
        TablesExtracted coverOnly = withPages(narrative("一、收入支出决算总体情况说明"), COVER);

        assertThat(findings("DOC-TOC-PRESENT", coverOnly)).isEmpty();
        assertThat(findings("DOC-TOC-SECTIONS", coverOnly)).isEmpty();
    }

    @Test
    void aContentsTitleWordedDifferentlyIsInfoAndPointsAtBothPlaces() {
        TablesExtracted document = withPages(narrative("一、关于2024年度预算绩效情况的说明（如有，一级预算部门填写）"), COVER,
                contents("一、关于2024年度预算绩效管理情况的说明"), "正文");

        assertThat(findings("DOC-TOC-SECTIONS", document)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("info");
            assertThat(f.locations()).extracting(l -> l.section()).containsExactly("目录",
                    NARRATIVE + " 一、关于2024年度预算绩效情况的说明（如有，一级预算部门填写）");
        });
    }

    @Test
    void anItemUnderAnotherNumeralIsInfo() {
        TablesExtracted document = withPages(narrative("一、收入支出决算总体情况说明", "三、关于政府采购支出说明"), COVER,
                contents("一、收入支出决算总体情况说明", "二、关于政府采购支出说明"), "正文");

        assertThat(findings("DOC-TOC-SECTIONS", document)).extracting(Finding::severity).containsExactly("info");
    }

    @Test
    void aContentsItemWrappedOntoTheNextLineWithATemplateNoteMatchesItsHeading() {
        String note = "七、财政拨款“三公”经费支出决算情况说明（注意：“三公”经费不再是一般公共预算财政拨款口径，而是财政拨款口径）";
        String[] items = {"一、收入支出决算总体情况说明",
                "七、财政拨款“三公”经费支出决算情况说明（注意：“三公”经费不再是一般公共预算", "财政拨款口径，而是财政拨款口径）",
                "八、关于政府采购支出说明"};
        TablesExtracted complete = withPages(narrative("一、收入支出决算总体情况说明", note, "八、关于政府采购支出说明"), COVER,
                contents(items), "正文");
        TablesExtracted lacking = withPages(narrative("一、收入支出决算总体情况说明", note), COVER, contents(items), "正文");

        assertThat(findings("DOC-TOC-SECTIONS", complete)).isEmpty();
        assertThat(findings("DOC-TOC-SECTIONS", lacking)).as("the items after the wrapped one are still checked")
                .singleElement().satisfies(f -> assertThat(f.message())
                        .isEqualTo("目录所列“八、关于政府采购支出说明”在正文中未找到"));
    }

    @Test
    void aContentsItemCutOffInsideItsNoteMatchesItsHeading() {
        TablesExtracted document = withPages(narrative("一、财政拨款“三公”经费支出决算情况说明（注意：口径已调整）"), COVER,
                contents("一、财政拨款“三公”经费支出决算情况说明（注意：口径"), "正文");

        assertThat(findings("DOC-TOC-SECTIONS", document)).isEmpty();
    }

    @Test
    void theDepartmentLineIsReadWithoutItsLabel() {
        TablesExtracted labelled = document().table("01").department("填报单位：测试单位").row("总计", "1").done()
                .table("02").department("单位：测试单位").row("合计", "1").done().build();
        TablesExtracted blank = document().table("01").department("单位：").row("总计", "1").done()
                .table("02").department("编制单位：").row("合计", "1").done().build();

        assertThat(findings("DOC-UNIT-NAME", labelled)).isEmpty();
        assertThat(findings("DOC-UNIT-NAME", blank)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.locations()).extracting(l -> l.table()).containsExactly("01", "02");
        });
    }

    @Test
    void aHeadcountInTheBasicDataTableIsComparedWithTheText() {
        TablesExtracted document = document()
                .section("第五部分 附件 整体支出绩效自评报告", "一、基本情况", "本部门编制数138人，在职人数125人。")
                .table("perf-basedata").row("财政供养人员情况（人）", "编制数", "", "2024 年实际在职人数", "", "控制率")
                .row("", "138", "", "124", "", "90.58%").done()
                .build();

        assertThat(findings("DOC-HEADCOUNT", document)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("在职人数前后不一致").contains("124人").contains("125人"));
    }
}
