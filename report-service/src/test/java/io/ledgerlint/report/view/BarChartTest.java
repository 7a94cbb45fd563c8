package io.ledgerlint.report.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void barsAreProportionalToTheLargestValueAndLongLabelsAreShortened() {
        BarChart chart = BarChart.of(List.of(
                new BarChart.Item("T06-CLASS-SUM", 10, null),
                new BarChart.Item("株洲高新技术产业开发区企业服务局办公室", 5, "/?q=x"),
                new BarChart.Item("DOC-YEAR", 0, null)));

        assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(320, 160, 0);
        assertThat(chart.bars()).extracting(BarChart.Bar::y).containsExactly(0, 24, 48);
        assertThat(chart.height()).isEqualTo(72);
        assertThat(chart.bars().get(1).shortLabel()).hasSize(BarChart.LABEL_CHARS).endsWith("…");
        assertThat(chart.bars().get(1).label()).isEqualTo("株洲高新技术产业开发区企业服务局办公室");
    }

    @Test
    void anEmptyChartHasNoBars() {
        assertThat(BarChart.of(List.of()).isEmpty()).isTrue();
    }
}
