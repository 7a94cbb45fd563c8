package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;

/**
 * "决算数大于(小于)年初预算数X万元(的主要原因…)": the direction word and, when printed, the difference, with the budget
 * and actual figures the paragraph stated before it.
 *
 * @param difference null when the sentence gives only the direction
 */
public record DifferenceClaim(Sentence sentence, String word, Direction direction, BigDecimal difference,
                              BigDecimal budget, BigDecimal actual) {
}
