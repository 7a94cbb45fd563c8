package io.ledgerlint.validate.large;

import static io.ledgerlint.validate.rules.RuleHarness.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.validate.fixtures.LargeTables;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 公开05表 of 20,000 rows validates with exactly the findings of its one wrong cell. The timeout is generous (it
 * takes about a second): it is there so that a rule turning quadratic in a table's rows again fails here instead of
 * hanging the build; the timing itself is docs/benchmarks.md "Large inputs: validation".
 */
class LargeTableValidationTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aTableOf20000RowsGivesTheFindingsOfItsOneWrongCell() {
        LargeTables large = LargeTables.t05(20_000, 13);
        assertThat(large.bodyRows()).isGreaterThanOrEqualTo(20_000);

        List<Finding> found = findingsIn("05", large.extraction()).stream()
                .filter(f -> f.severity().equals("error") || f.severity().equals("warning")).toList();

        // the synthetic names are not the classification's: STRUCT-CODE-NAME names the codes it lists, nothing else
        List<Finding> sums = found.stream().filter(f -> !f.ruleId().equals("STRUCT-CODE-NAME")).toList();
        assertThat(sums).extracting(Finding::ruleId).containsExactlyInAnyOrder("T05-ROW-SUM", "T05-HIER", "T05-COL-SUM");
        assertThat(rowOf(sums, "T05-ROW-SUM")).startsWith(large.wrongRow());
        assertThat(rowOf(sums, "T05-HIER")).startsWith(large.itsKuan());
        assertThat(rowOf(sums, "T05-COL-SUM")).isEqualTo("合计");
    }

    private static String rowOf(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow().locations().get(0)
                .row();
    }
}
