package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;

/**
 * "与上年相比，减少Δ万元，降低p%" or "比年初预算数增加Δ万元，增长p%": a change against a reference that is not printed,
 * so reference = current − sign·Δ.
 *
 * @param reference   what the change is measured against
 * @param current     the figure the change applies to (the last 决算 amount before it in the paragraph), or null
 * @param percent     null when no percentage is given
 * @param percentWord the direction of the percentage, null with it
 */
public record ChangeClaim(Sentence sentence, String subject, Reference reference, Direction amountWord,
                          BigDecimal delta, Direction percentWord, BigDecimal percent, BigDecimal current) {

    /** What a change is measured against. */
    public enum Reference { PRIOR_YEAR, BUDGET }

    /** The signed change Δ (negative for 减少). */
    public BigDecimal signedDelta() {
        return delta.multiply(BigDecimal.valueOf(amountWord.sign()));
    }
}
