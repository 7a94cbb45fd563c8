package io.ledgerlint.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureFactsTest {

    private static Table tableOf(String department) {
        return new Table("01", "收入支出决算总表", "公开01表", department, "万元", 3, 3, List.of(), List.of(), List.of(),
                List.of(), null);
    }

    private static TablesExtracted extraction(String title, List<Table> tables) {
        return new TablesExtracted(1, "abc", null, "a.pdf", 10, title, tables, List.of(), List.of(), null);
    }

    @Test
    void readsDepartmentFromTheFirstTableThatNamesItAndYearFromTheTitle() {
        DisclosureFacts facts = DisclosureFacts.of(extraction("北京市某某局2023年度部门决算",
                List.of(tableOf(null), tableOf(" 北京市某某局 "), tableOf("别的单位"))));

        assertThat(facts).isEqualTo(new DisclosureFacts("北京市某某局", 2023));
    }

    @Test
    void unknownWhenTheDocumentDoesNotSay() {
        assertThat(DisclosureFacts.of(extraction(null, List.of(tableOf("")))))
                .isEqualTo(new DisclosureFacts(null, null));
        assertThat(DisclosureFacts.yearIn("部门决算公开")).isNull();
        assertThat(DisclosureFacts.yearIn("2023 年度")).isEqualTo(2023);
    }
}
