package io.ledgerlint.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.DocumentFacts;
import io.ledgerlint.contracts.events.TablesExtracted.PageText;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFactsReaderTest {

    private static Table table(String id, String department) {
        return new Table(id, "收入支出决算总表", null, department, "万元", 3, 3, List.of(), List.of(), List.of(),
                List.of(), null);
    }

    private static TablesExtracted extraction(String title, List<Table> tables) {
        return new TablesExtracted(1, "abc", null, "a.pdf", 10, title, tables, List.of(), List.of(), null);
    }

    @Test
    void readsDepartmentFromTheFirstTableThatNamesItAndYearFromTheTitle() {
        DocumentFacts facts = DocumentFactsReader.of(extraction("北京市某某局2023年度部门决算",
                List.of(table("01", null), table("02", " 北京市某某局 "), table("03", "别的单位"))));

        assertThat(facts).isEqualTo(new DocumentFacts(DocumentFacts.FULL, 2023, "北京市某某局"));
    }

    @Test
    void unknownWhenTheDocumentDoesNotSay() {
        assertThat(DocumentFactsReader.of(extraction(null, List.of(table("01", "")))))
                .isEqualTo(new DocumentFacts(DocumentFacts.FULL, null, null));
        assertThat(DocumentFactsReader.of(extraction("部门决算公开", List.of())).year()).isNull();
        assertThat(DocumentFactsReader.of(extraction("2023 年度", List.of())).year()).isEqualTo(2023);
    }

    @Test
    void withoutAYearInTheTitleTheNarrativePartHeadingThenTheFirstPageSay() {
        List<Section> sections = List.of(new Section("第三部分 2024年度部门决算情况说明", 1, null, 9, ""));
        List<PageText> pages = List.of(new PageText(1, "某某局\n2022年度部门决算"));

        assertThat(DocumentFactsReader.read("某某局部门决算", List.of(), sections, pages).year()).isEqualTo(2024);
        assertThat(DocumentFactsReader.read("某某局部门决算", List.of(), List.of(), pages).year()).isEqualTo(2022);
    }

    @Test
    void aSelfEvaluationReportIsOneWithoutStandardTablesWhoseTitleSaysSo() {
        assertThat(DocumentFactsReader.read("某某局2024年度整体支出绩效自评报告", List.of(table("perf-overall", null)),
                List.of(), List.of()).kind()).isEqualTo(DocumentFacts.SELF_EVALUATION);
        assertThat(DocumentFactsReader.read("某某局2024年度整体支出绩效自评报告", List.of(table("01", null)),
                List.of(), List.of()).kind()).isEqualTo(DocumentFacts.FULL);
        assertThat(DocumentFactsReader.read("某某局2024年度部门决算", List.of(), List.of(), List.of()).kind())
                .isEqualTo(DocumentFacts.FULL);
    }

    @Test
    void factsTheEventCarriesAreTakenAsDecided() {
        DocumentFacts decided = new DocumentFacts(DocumentFacts.FULL, 2021, "某某局");

        assertThat(DocumentFactsReader.of(extraction("2023年度", List.of()).withFacts(decided))).isSameAs(decided);
    }
}
