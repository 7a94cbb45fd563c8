package io.ledgerlint.domain.table;

import static io.ledgerlint.domain.table.Grids.row;
import static io.ledgerlint.domain.table.Grids.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRowsTest {

    @Test
    void headerEndsAtTheColumnNumberRowLabelledOrNumbered() {
        assertThat(HeaderRows.count(rows(List.of("预算数||", "合计|小计|购置费", "1|2|3", "2||")))).isEqualTo(3);
        assertThat(HeaderRows.count(rows(List.of("经济分类科目编码|科目名称|决算数", "301|工资福利支出|177.5"))))
                .isEqualTo(1);
        assertThat(HeaderRows.count(rows(List.of("项 目|行 次|决算数", "栏 次||1", "总计|13|387.79")))).isEqualTo(2);
    }

    @Test
    void aLanciRowIsTheWord栏次WithAscendingNumbersOrOneTwoThreeAlone() {
        assertThat(HeaderRows.isLanciRow(row("栏次||1|栏次||2"))).isTrue();
        assertThat(HeaderRows.isLanciRow(row("栏 次||1|2|3|4|5"))).isTrue();
        assertThat(HeaderRows.isLanciRow(row("1|2|3|4|5|6|7|8|9|10|11|12"))).isTrue();

        assertThat(HeaderRows.isLanciRow(row("|4||四、公共安全支出|18|"))).isFalse();
        assertThat(HeaderRows.isLanciRow(row("1|2"))).isFalse();
        assertThat(HeaderRows.isLanciRow(row("2|||||2|0"))).isFalse();
        assertThat(HeaderRows.isLanciRow(row("栏次||2|1"))).isFalse();
        assertThat(HeaderRows.isLanciRow(row("栏次||"))).isFalse();
    }
}
