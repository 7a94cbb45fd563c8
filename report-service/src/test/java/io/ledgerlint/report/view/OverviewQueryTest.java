package io.ledgerlint.report.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.report.persistence.DocumentSelection;
import io.ledgerlint.report.persistence.DocumentSelection.SortKey;
import org.junit.jupiter.api.Test;

class OverviewQueryTest {

    @Test
    void defaultsToNewestFirstAndWritesNoParameters() {
        OverviewQuery query = OverviewQuery.parse(null, "", " ", null, null, null, null);

        assertThat(query).isEqualTo(new OverviewQuery(new DocumentSelection(null, null, null, SortKey.RECEIVED, true),
                0, OverviewQuery.DEFAULT_SIZE));
        assertThat(query.href()).isEqualTo("/");
    }

    @Test
    void keepsFiltersInSortAndPageLinksAndTogglesTheDirectionOfTheCurrentSort() {
        OverviewQuery query = OverviewQuery.parse("企业 服务&", "validated", "ERROR", "errors", null, "2", "10");

        assertThat(query.selection().status()).isEqualTo(DocumentStatus.VALIDATED);
        assertThat(query.selection().severity()).isEqualTo(Severity.ERROR);
        assertThat(query.sortedBy("errors")).isEqualTo("desc");
        assertThat(query.sortHref("errors")).isEqualTo(
                "/?q=%E4%BC%81%E4%B8%9A+%E6%9C%8D%E5%8A%A1%26&status=VALIDATED&severity=error&sort=errors&dir=asc"
                        + "&size=10");
        assertThat(query.sortHref("filename")).contains("sort=filename&dir=asc").doesNotContain("page=");
        assertThat(query.pageHref(3)).endsWith("&sort=errors&dir=desc&page=3&size=10");
    }

    @Test
    void rejectsUnknownValues() {
        assertThatThrownBy(() -> OverviewQuery.parse(null, "DONE", null, null, null, null, null))
                .hasMessageContaining("status must be one of");
        assertThatThrownBy(() -> OverviewQuery.parse(null, null, null, "size; drop table", null, null, null))
                .hasMessageContaining("sort must be one of");
        assertThatThrownBy(() -> OverviewQuery.parse(null, null, null, null, "up", null, null))
                .hasMessageContaining("dir must be asc or desc");
        assertThatThrownBy(() -> OverviewQuery.parse(null, null, null, null, null, null, "201"))
                .hasMessageContaining("size must be a number from 1 to 200");
    }
}
