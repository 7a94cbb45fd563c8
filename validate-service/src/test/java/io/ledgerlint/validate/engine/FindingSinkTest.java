package io.ledgerlint.validate.engine;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.Severity;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class FindingSinkTest {

    private final FindingSink sink = new FindingSink(new RuleDefinition("NAR-AMOUNT", "NAR", Severity.ERROR,
            SourceTag.DEFINITIONAL, new MessageTemplate("说明{amount}", "text {amount}"), "d", 1, Set.of()),
            MessageTemplate.Language.ZH);

    @Test
    void aWrongFigureRestatedInTwoSentencesIsOneFindingPointingAtBoth() {
        report("83.00", "85.75", Location.text("八、三公经费", "购置及运行维护费预算83万元", 20));
        report("83.00", "85.75", Location.text("八、三公经费", "运行维护费预算83万元", 21));
        assertThat(sink.findings()).singleElement().satisfies(finding -> assertThat(finding.locations())
                .extracting(Location::sentence).containsExactly("购置及运行维护费预算83万元", "运行维护费预算83万元"));
    }

    @Test
    void differentValuesOrTableCellsStayApart() {
        report("83.00", "85.75", Location.text("八、三公经费", "预算83万元", 20));
        report("83.00", "85.70", Location.text("八、三公经费", "预算83万元", 20));
        report("1.00", "0.00", Location.cell("03", "2010301", "c1", 9, null));
        report("1.00", "0.00", Location.cell("03", "2010302", "c1", 9, null));
        assertThat(sink.findings()).extracting(Finding::actual).containsExactly("85.75", "85.70", "0.00", "0.00");
    }

    private void report(String expected, String actual, Location location) {
        sink.finding().param("amount", actual).expected(expected).actual(actual).at(location).report();
    }
}
