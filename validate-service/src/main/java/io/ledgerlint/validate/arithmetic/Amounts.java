package io.ledgerlint.validate.arithmetic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of amounts for messages and findings: 2 decimals, plain notation. */
public final class Amounts {

    private Amounts() {
    }

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
