package io.ledgerlint.parse.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.parse.budget.Checkpoint;
import io.ledgerlint.parse.document.PageContent;
import io.ledgerlint.parse.document.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Layouts the corpus does not show: dot-leader contents, headings on one line with their part, wrapped headings. */
class NarrativeParserTest {

    private static final float LEFT = 90;
    private static final float RIGHT = 505;

    @Test
    void skipsADotLeaderContentsPageAndItsContinuation() {
        List<PageContent> pages = List.of(
                page(1, line("部门决算公开", 0)),
                page(2, line("第一部分 部门概况 ........................ 3", 0),
                        line("一、部门职责 ............................ 3", 0),
                        line("二、机构设置 ............................ 3", 0),
                        line("第三部分 部门决算情况说明 ................ 5", 0)),
                page(3, line("一、收入支出决算总体情况说明 .............. 5", 0),
                        line("二、收入决算情况说明 ...................... 5", 0),
                        line("三、支出决算情况说明 ...................... 6", 0)),
                page(4, line("第一部分 部门概况", 0),
                        line("一、部门职责", 0),
                        line("负责全区企业服务工作。", 2),
                        line("二、机构设置", 0),
                        line("内设三个科室。", 2),
                        line("- 4 -", 0)));

        List<Section> sections = new NarrativeParser().parse(pages, Set.of(), Checkpoint.NONE);

        assertThat(sections).extracting(Section::heading, Section::level, Section::part, Section::page)
                .containsExactly(
                        tuple("第一部分 部门概况", 1, null, 4),
                        tuple("一、部门职责", 2, "第一部分 部门概况", 4),
                        tuple("二、机构设置", 2, "第一部分 部门概况", 4));
        assertThat(sections.get(2).text()).isEqualTo("内设三个科室。");
    }

    @Test
    void keepsDefinitionsListItemsAndOutOfSequenceNumbersInTheText() {
        List<PageContent> pages = List.of(page(5,
                line("第四部分", 0),
                line("名词解释", 0),
                line("一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。", 2),
                line("二、事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。", 2),
                line("第五部分 附件", 0),
                line("一、基本情况", 0),
                line("主要用于以下方面：", 2),
                line("三、这一行的编号不接续，是正文。", 2),
                line("二、一般公共预算支出情况（包含单位管理的公共", 0),
                line("专项）", 0),
                line("全年支出387.79万元。", 2)));

        List<Section> sections = new NarrativeParser().parse(pages, Set.of(), Checkpoint.NONE);

        assertThat(sections).extracting(Section::heading).containsExactly(
                "第四部分 名词解释", "第五部分 附件", "一、基本情况", "二、一般公共预算支出情况（包含单位管理的公共专项）");
        assertThat(sections.get(0).text()).isEqualTo(
                "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。\n二、事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。");
        assertThat(sections.get(2).text()).isEqualTo("主要用于以下方面：\n三、这一行的编号不接续，是正文。");
        assertThat(sections.get(3).text()).isEqualTo("全年支出387.79万元。");
    }

    @Test
    void joinsWrappedLinesAndSkipsTablePages() {
        List<PageContent> pages = List.of(
                page(1, line("第三部分 部门决算情况说明", 0),
                        line("一、收入决算情况说明", 0),
                        wrapped("2024年度收入合计387.79万元，其中：财政拨款收入387.79万元，占", 2),
                        line("100%。", 0)),
                page(2, line("一、一般公共预算财政拨款收入 1 387.79", 0)),
                page(3, line("二、支出决算情况说明", 0), line("支出合计387.79万元。", 2)));

        List<Section> sections = new NarrativeParser().parse(pages, Set.of(2), Checkpoint.NONE);

        assertThat(sections).extracting(Section::heading)
                .containsExactly("第三部分 部门决算情况说明", "一、收入决算情况说明", "二、支出决算情况说明");
        assertThat(sections.get(1).text()).isEqualTo("2024年度收入合计387.79万元，其中：财政拨款收入387.79万元，占100%。");
    }

    private static PageContent page(int number, TextLine... lines) {
        List<TextLine> placed = new ArrayList<>();
        float top = 80;
        for (TextLine line : lines) {
            placed.add(new TextLine(line.text(), line.left(), line.right(), top, top + 12, 12));
            top += 20;
        }
        return new PageContent(number, 595, 842, placed, 100, 100, false);
    }

    /** A line that ends well before the right margin, {@code indent} characters in. */
    private static TextLine line(String text, int indent) {
        float left = LEFT + indent * 12;
        return new TextLine(text, left, Math.min(RIGHT - 60, left + text.length() * 12), 0, 0, 12);
    }

    /** A line that runs to the right margin: the paragraph goes on on the next line. */
    private static TextLine wrapped(String text, int indent) {
        return new TextLine(text, LEFT + indent * 12, RIGHT, 0, 0, 12);
    }
}
