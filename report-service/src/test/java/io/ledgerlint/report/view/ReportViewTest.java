package io.ledgerlint.report.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced.CellAddress;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.DocumentDetails;
import io.ledgerlint.report.view.FindingGroup.FamilyGroup;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportViewTest {

    private static final DocumentDetails HEADER = new DocumentDetails("abc", "a.pdf", null, DocumentStatus.VALIDATED,
            null, null, Instant.EPOCH, Instant.EPOCH, FindingCounts.NONE, null, "某局", 2024, 40, null, Instant.EPOCH,
            Instant.EPOCH, "2024.1");
    private static final String SENTENCE = "完成年初预算的102.39%";
    private static final TablesExtracted EXTRACTION = new TablesExtracted(1, "abc", null, "a.pdf", 40, null,
            List.of(new Table("06", "基本支出决算明细表", "公开06表", null, "万元", 12, 12,
                    List.of(cells("科目编码", "科目名称", "决算数")),
                    List.of(cells("301", "工资福利支出", "177.5")), List.of(), List.of(), null)),
            List.of(new Section("五、一般公共预算财政拨款支出决算情况说明", 2, "第三部分", 21,
                    "第一段。\n年初预算为15.47万元，支出决算为17.86万元，" + SENTENCE + "，主要原因是增加。")),
            List.of(), Instant.EPOCH);

    /** The 决算数 of row 301: grid row 1 (below the header row), column 2. */
    private static final Location CELL_301 = Location.cell("06", "301", "决算数", 12, null)
            .addressed(new CellAddress(1, 2, null, "301"));

    private static List<Cell> cells(String... texts) {
        return Arrays.stream(texts).map(Cell::ofText).toList();
    }

    private static Finding finding(String ruleId, String severity, Location... locations) {
        return new Finding(ruleId, severity, "high", "消息", List.of(locations), "1", "2", null);
    }

    @Test
    void groupsFindingsBySeverityThenRuleFamilyInCatalogueOrderAndNumbersThemInStoredOrder() {
        ReportView report = ReportView.of(HEADER, List.of(
                finding("XT-T05-T06-BASIC", "error"),
                finding("T06-CLASS-SUM", "error", CELL_301),
                finding("NAR-PCT-BUDGET", "warning"),
                finding("T06-PUBLIC-TOTAL", "error"),
                finding("DOC-YEAR", "info")), EXTRACTION);

        assertThat(report.findingGroups()).extracting(FindingGroup::severity)
                .containsExactly("error", "warning", "info");
        FindingGroup errors = report.findingGroups().get(0);
        assertThat(errors.count()).isEqualTo(3);
        assertThat(errors.families()).extracting(FamilyGroup::family).containsExactly("T06", "XT");
        assertThat(errors.families().get(0).findings()).extracting(FindingView::anchor).containsExactly("f2", "f4");
        assertThat(report.counts().error()).isEqualTo(3);
    }

    @Test
    void aFindingLinksToItsPagesAndToTheTableCellItAddresses() {
        ReportView report = ReportView.of(HEADER, List.of(
                finding("T06-CLASS-SUM", "error", CELL_301,
                        Location.cell("06", "302", "决算数", 13, null))), EXTRACTION);

        FindingView view = report.findingGroups().get(0).families().get(0).findings().get(0);
        assertThat(view.pages()).containsExactly(12, 13);
        assertThat(view.locations()).extracting(LocationView::cellAnchor).containsExactly("c-06-0-2", null);
        CellView cell = report.tables().get(0).rows().get(0).get(2);
        assertThat(cell.findings()).extracting(FindingRef::anchor).containsExactly("f1");
    }

    @Test
    void showsCheckedSentencesInTheirParagraphMarkedWhereTheyDisagree() {
        String section = "五、一般公共预算财政拨款支出决算情况说明";
        ReportView report = ReportView.of(HEADER, List.of(
                finding("NAR-PCT-BUDGET", "error", Location.text(section, SENTENCE, 21)),
                finding("NAR-NOTE", "info", Location.text(section, "第一段。", 21)),
                finding("NAR-ELSEWHERE", "warning", Location.text("不存在的章节", "某句", 3))), EXTRACTION);

        assertThat(report.narrative()).extracting(NarrativeSection::heading).containsExactly(section, "不存在的章节");
        List<CheckedSentence> sentences = report.narrative().get(0).sentences();
        assertThat(sentences.get(0)).isEqualTo(new CheckedSentence("年初预算为15.47万元，支出决算为17.86万元，", SENTENCE,
                "，主要原因是增加。", 21, true, List.of(new FindingRef(1, "NAR-PCT-BUDGET", "error"))));
        assertThat(sentences.get(1).disagrees()).isFalse();
        assertThat(report.narrative().get(1).sentences().get(0).before()).isEmpty();
        assertThat(report.narrative().get(1).page()).isNull();
    }

    @Test
    void aDocumentNotYetParsedNorValidatedHasNoFindingsTablesOrNarrative() {
        ReportView report = ReportView.of(HEADER, null, null);

        assertThat(report.validated()).isFalse();
        assertThat(report.parsed()).isFalse();
        assertThat(report.findingGroups()).isEmpty();
        assertThat(report.tables()).isEmpty();
        assertThat(report.narrative()).isEmpty();
    }
}
