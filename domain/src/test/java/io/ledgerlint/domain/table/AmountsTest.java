package io.ledgerlint.domain.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "387.79|387.79",
            "'2,190.38'|2190.38",
            "'5, 487. 18'|5487.18",
            "１２３．４５|123.45",
            "'１，２３４．５'|1234.5",
            "-12.5|-12.5",
            "－3|-3",
            "0.00|0.00",
            "0|0",
            "17|17"})
    void readsPrintedAmounts(String printed, String expected) {
        assertThat(Amounts.number(printed)).contains(new BigDecimal(expected));
        assertThat(Amounts.isBlank(printed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "--", "—", "——", "–", "－", "⸺", "⸻", "无", " 无 ", "\u3000"})
    void blanksDashesAnd无PrintNoNumberAndMeanZero(String printed) {
        assertThat(Amounts.isBlank(printed)).isTrue();
        assertThat(Amounts.number(printed)).isEmpty();
        assertThat(Amounts.isMalformedNumber(printed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"合计", "一、一般公共服务支出", "108%"})
    void wordsAreNeitherAmountsNorBlanks(String printed) {
        assertThat(Amounts.number(printed)).isEmpty();
        assertThat(Amounts.isBlank(printed)).isFalse();
        assertThat(Amounts.isMalformedNumber(printed)).isFalse();
    }

    /**
     * Commas only as thousands separators (the stricter of the two readers this one replaces), and no digits apart:
     * "558.89 0" is two cells run together, not 558.890.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "12,3.4.5", "1,23.4", "1,23.45", "12,34", "1,2345.00", "558.89 0", "139.69 139.69",
            "１ ２"})
    void numberLikeTextThatDoesNotParseIsFlaggedNotGuessed(String printed) {
        assertThat(Amounts.number(printed)).isEmpty();
        assertThat(Amounts.isMalformedNumber(printed)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'1,234.50'|2", "'5, 487. 18'|2", "0.125|3", "17|0", "合计|0", "''|0"})
    void countsPrintedDecimals(String printed, int decimals) {
        assertThat(Amounts.decimals(printed)).isEqualTo(decimals);
    }
}
