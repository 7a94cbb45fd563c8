package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;

/**
 * "预算为B万元，决算为A万元，完成(年初|全年)?预算的p%".
 *
 * @param basis {@code 年初}, {@code 全年} or "" as printed
 */
public record CompletionClaim(Sentence sentence, String subject, String basis, BigDecimal budget, BigDecimal actual,
                              BigDecimal percent) {
}
