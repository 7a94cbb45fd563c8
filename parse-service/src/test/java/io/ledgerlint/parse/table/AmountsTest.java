package io.ledgerlint.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

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
            "-12.5|-12.5",
            "0.00|0.00",
            "17|17"})
    void readsPrintedAmounts(String printed, String expected) {
        assertThat(Amounts.parse(printed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "—", "无", "合计", "一、一般公共服务支出"})
    void blanksDashesAndWordsAreNoAmount(String printed) {
        assertThat(Amounts.parse(printed)).isEmpty();
        assertThat(Amounts.isMalformedNumber(printed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "12,3.4.5", "1,23.45", "12,34", "1,2345.00"})
    void numberLikeTextThatDoesNotParseIsFlaggedNotGuessed(String printed) {
        assertThat(Amounts.parse(printed)).isEmpty();
        assertThat(Amounts.isMalformedNumber(printed)).isTrue();
    }
}
